import { Link, router } from '@inertiajs/react'
import { Input, Table, Tag } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { PROJECT_CATEGORIES, dateOnly } from '~/workspace/labels'
import type { Paged } from '~/workspace/types'
import type { PageProps } from '~/types'

interface ProjectItem {
  id: number
  code: string
  name: string
  category: string
  address: string | null
  status: string
  createdAt: string
}

type Props = PageProps<Paged<ProjectItem> & { q: string | null }>

/** 工程项目 / 我的项目: the projects within the user's scope. */
export default function ProjectIndex({ data, meta, q }: Props) {
  const go = (params: Record<string, string | number>) => router.get('/projects', params, { preserveState: true })
  return (
    <AppLayout title="工程项目" breadcrumbs={[{ title: '工程项目' }]}>
      <Input.Search allowClear defaultValue={q ?? ''} placeholder="项目名称或编号" style={{ maxWidth: 320, marginBottom: 12 }} onSearch={(value) => go(value ? { q: value } : {})} />
      <Table<ProjectItem>
        data-testid="project-table"
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={data}
        pagination={{ current: meta.currentPage, pageSize: meta.perPage, total: meta.total, showSizeChanger: false, onChange: (page) => go({ ...(q ? { q } : {}), page }) }}
        columns={[
          { title: '项目编号', dataIndex: 'code' },
          { title: '工程名称', dataIndex: 'name', render: (v: string, p) => <Link href={`/projects/${p.id}`}>{v}</Link> },
          { title: '工程类别', dataIndex: 'category', render: (v: string) => PROJECT_CATEGORIES[v] ?? v },
          { title: '地址', dataIndex: 'address' },
          { title: '状态', dataIndex: 'status', render: (v: string) => <Tag>{v === 'filed' ? '已报监' : v}</Tag> },
          { title: '登记日期', dataIndex: 'createdAt', render: (v: string) => dateOnly(v) },
        ]}
      />
    </AppLayout>
  )
}
