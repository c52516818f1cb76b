import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Button, DatePicker, Form, Input, Select, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { AppLayout } from '~/layout/AppLayout'
import { CaseTable } from '~/workspace/CaseTable'
import type { CaseRow, Paged } from '~/workspace/types'
import type { PageProps } from '~/types'

interface Filters {
  definitionKey?: string
  status?: 'running' | 'ended'
  q?: string
  from?: string
  to?: string
  projectId?: number
}

type Props = PageProps<Paged<CaseRow> & { processes: { key: string; name: string }[]; filters: Filters }>

/** Only the filters that are set, as query parameters. */
function query(filters: Filters, extra: Record<string, string | number> = {}): Record<string, string | number> {
  return Object.fromEntries(Object.entries({ ...filters, ...extra }).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Record<string, string | number>
}

/** 办件查询 / 我的办件: the cases the user may see, filtered, paged and exported to Word or Excel. */
export default function CaseIndex({ data, meta, processes, filters }: Props) {
  const [draft, setDraft] = useState<Filters>(filters)
  const search = (next: Filters, page = 1) => router.get('/cases', query(next, { page }), { preserveState: true })
  const exportUrl = (format: 'docx' | 'xlsx') => `/api/cases/export?${new URLSearchParams(query(filters, { format }) as Record<string, string>)}`
  const range: [Dayjs | null, Dayjs | null] = [draft.from ? dayjs(draft.from) : null, draft.to ? dayjs(draft.to) : null]
  return (
    <AppLayout
      title="办件"
      breadcrumbs={[{ title: '办件' }]}
      extra={
        <Space>
          <Button href={exportUrl('docx')} data-testid="export-docx">导出Word</Button>
          <Button href={exportUrl('xlsx')} data-testid="export-xlsx">导出Excel</Button>
        </Space>
      }
    >
      <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }} onFinish={() => search(draft)}>
        <Form.Item label="业务">
          <Select allowClear style={{ width: 160 }} value={draft.definitionKey} options={processes.map((p) => ({ value: p.key, label: p.name }))} onChange={(v) => setDraft({ ...draft, definitionKey: v })} />
        </Form.Item>
        <Form.Item label="状态">
          <Select allowClear style={{ width: 110 }} value={draft.status} options={[{ value: 'running', label: '办理中' }, { value: 'ended', label: '已办结' }]} onChange={(v) => setDraft({ ...draft, status: v })} />
        </Form.Item>
        <Form.Item label="发起日期">
          <DatePicker.RangePicker
            value={range}
            onChange={(dates) => setDraft({ ...draft, from: dates?.[0]?.format('YYYY-MM-DD'), to: dates?.[1]?.format('YYYY-MM-DD') })}
          />
        </Form.Item>
        <Form.Item>
          <Input.Search allowClear placeholder="办件名称或编号" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} onSearch={() => search(draft)} data-testid="case-search" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">查询</Button>
        </Form.Item>
      </Form>
      <CaseTable
        cases={data}
        pagination={{ current: meta.currentPage, pageSize: meta.perPage, total: meta.total, showSizeChanger: false, onChange: (page) => search(filters, page), showTotal: (t) => `共 ${t} 件` }}
      />
    </AppLayout>
  )
}
