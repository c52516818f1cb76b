import { router } from '@inertiajs/react'
import { Input } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { DocumentTable } from '~/workspace/DocumentTable'
import type { DocumentItem, Paged } from '~/workspace/types'
import type { PageProps } from '~/types'

type Props = PageProps<Paged<DocumentItem> & { q: string | null }>

/** 我的文书: documents issued to the cases and projects the user may see. */
export default function DocumentIndex({ data, meta, q }: Props) {
  const go = (params: Record<string, string | number>) => router.get('/documents', params, { preserveState: true })
  return (
    <AppLayout title="我的文书" breadcrumbs={[{ title: '文书' }]}>
      <Input.Search allowClear defaultValue={q ?? ''} placeholder="文号或文书名称" style={{ maxWidth: 320, marginBottom: 12 }} onSearch={(value) => go(value ? { q: value } : {})} />
      <DocumentTable
        testId="document-table"
        documents={data}
        pagination={{ current: meta.currentPage, pageSize: meta.perPage, total: meta.total, showSizeChanger: false, onChange: (page) => go({ ...(q ? { q } : {}), page }) }}
      />
    </AppLayout>
  )
}
