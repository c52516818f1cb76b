import { useCallback, useEffect, useMemo, useState } from 'react'
import { router } from '@inertiajs/react'
import { Button, Checkbox, DatePicker, Input, List, Select, Space, Table, Tabs, Tag, Typography, message } from 'antd'
import type { Dayjs } from 'dayjs'
import { AppLayout } from '~/layout/AppLayout'
import { api, formatTime } from '~/inbox/api'
import type { PageProps } from '~/types'

type Tab = 'todo' | 'done' | 'copies'

interface Row {
  id: string
  taskId: string | null
  caseId: number
  name: string | null
  caseNo: string
  caseTitle: string
  definitionKey: string
  assignee: string | null
  isCandidate: boolean
  delegationState: string | null
  createdAt: string | null
  dueAt: string | null
  endedAt: string | null
  overdue: boolean
  followUpAt: string | null
  remind: boolean
  unread: boolean
}

interface Page {
  meta: { total: number; perPage: number; currentPage: number }
  data: Row[]
}

interface Filters {
  q?: string
  process?: string
  overdue?: boolean
  dueBefore?: Dayjs | null
  sort: 'due' | 'created'
}

const TABS: { key: Tab; label: string }[] = [
  { key: 'todo', label: '待办' },
  { key: 'done', label: '已办' },
  { key: 'copies', label: '抄送' },
]

const isPhone = () => typeof window !== 'undefined' && window.matchMedia('(max-width: 600px)').matches

/** 我的待办: 待办, 已办 and 抄送, filtered and paged on the server; a 待办 row opens its task, the others their case. */
export default function InboxIndex({ tab: initialTab }: PageProps<{ tab?: Tab }>) {
  const mobile = useMemo(isPhone, [])
  const [tab, setTab] = useState<Tab>(initialTab ?? 'todo')
  const [filters, setFilters] = useState<Filters>({ sort: 'due' })
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<Page | null>(null)
  const [loading, setLoading] = useState(false)

  const load = useCallback(async () => {
    setLoading(true)
    const qs = new URLSearchParams({ tab, page: String(page), perPage: '20', sort: filters.sort })
    if (filters.q) qs.set('q', filters.q)
    if (filters.process) qs.set('process', filters.process)
    if (filters.overdue) qs.set('overdue', 'true')
    if (filters.dueBefore) qs.set('dueBefore', filters.dueBefore.format('YYYY-MM-DD'))
    try {
      setResult(await api<Page>(`/api/inbox?${qs}`))
    } catch (error) {
      message.error((error as Error).message)
    } finally {
      setLoading(false)
    }
  }, [tab, page, filters])

  useEffect(() => {
    void load()
  }, [load])

  async function claim(row: Row) {
    try {
      await api(`/api/tasks/${row.taskId}/actions/claim`, { method: 'POST', body: {} })
      message.success('已认领')
      void load()
    } catch (error) {
      message.error((error as Error).message)
    }
  }

  // a 待办 row opens its task; 已办 and 抄送 open the case (its task may be someone else's or gone)
  const openRow = (row: Row) => router.visit(tab === 'todo' && row.taskId ? `/tasks/${row.taskId}` : `/cases/${row.caseId}`)
  const claimButton = (row: Row) =>
    tab === 'todo' && row.isCandidate ? (
      <Button size="small" data-testid="action-claim" onClick={(e) => (e.stopPropagation(), void claim(row))}>
        认领
      </Button>
    ) : null
  const due = (row: Row) => (
    <Typography.Text type={row.overdue ? 'danger' : undefined}>
      {formatTime(row.dueAt)} {row.overdue && <Tag color="red">超期</Tag>}
      {row.remind && (
        <Tag color="orange" title={`提醒时间 ${formatTime(row.followUpAt)}`} data-testid="inbox-remind">
          提醒
        </Tag>
      )}
    </Typography.Text>
  )

  const marker = (row: Row) =>
    row.unread ? (
      <Tag color="blue" data-testid="inbox-unread">
        未读
      </Tag>
    ) : row.delegationState === 'PENDING' ? (
      <Tag color="orange">委派</Tag>
    ) : null

  const filterBar = (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input.Search allowClear placeholder="办件名称或编号" onSearch={(q) => (setPage(1), setFilters({ ...filters, q: q || undefined }))} style={{ width: 220 }} data-testid="inbox-search" />
      <Input allowClear placeholder="流程标识" onBlur={(e) => (setPage(1), setFilters({ ...filters, process: e.target.value || undefined }))} style={{ width: 160 }} />
      {tab === 'todo' && <DatePicker placeholder="期限早于" value={filters.dueBefore} onChange={(d) => (setPage(1), setFilters({ ...filters, dueBefore: d }))} />}
      {tab === 'todo' && (
        <Checkbox checked={filters.overdue} onChange={(e) => (setPage(1), setFilters({ ...filters, overdue: e.target.checked }))} data-testid="inbox-overdue">
          只看超期
        </Checkbox>
      )}
      {tab === 'todo' && <Select value={filters.sort} onChange={(sort) => setFilters({ ...filters, sort })} options={[{ value: 'due', label: '按期限' }, { value: 'created', label: '按到达时间' }]} style={{ width: 120 }} />}
    </Space>
  )

  const table = mobile ? (
    <List
      loading={loading}
      dataSource={result?.data ?? []}
      pagination={{ current: page, total: result?.meta.total ?? 0, pageSize: 20, onChange: setPage, size: 'small' }}
      renderItem={(row) => (
        <List.Item data-testid="inbox-row" onClick={() => openRow(row)} style={{ background: row.overdue ? '#fff1f0' : undefined, cursor: 'pointer' }} extra={claimButton(row)}>
          <List.Item.Meta title={<>{`${row.name ?? ''} · ${row.caseTitle}`} {marker(row)}</>} description={<>{row.caseNo} {due(row)}</>} />
        </List.Item>
      )}
    />
  ) : (
    <Table<Row>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={result?.data ?? []}
      onRow={(row) => ({ 'onClick': () => openRow(row), 'data-testid': 'inbox-row', 'style': { cursor: 'pointer', background: row.overdue ? '#fff1f0' : undefined } }) as never}
      pagination={{ current: page, total: result?.meta.total ?? 0, pageSize: 20, onChange: setPage, showTotal: (total) => `共 ${total} 条` }}
      columns={[
        { title: '办件编号', dataIndex: 'caseNo', width: 170 },
        { title: '办件名称', dataIndex: 'caseTitle' },
        { title: tab === 'copies' ? '抄送说明' : '环节', dataIndex: 'name', width: 160 },
        { title: tab === 'done' ? '办结时间' : '到达时间', width: 160, render: (_, row) => formatTime(tab === 'done' ? row.endedAt : row.createdAt) },
        { title: '办理期限', width: 190, render: (_, row) => due(row) },
        { title: '', width: 90, render: (_, row) => claimButton(row) ?? marker(row) },
      ]}
    />
  )

  return (
    <AppLayout title="我的待办" breadcrumbs={[{ title: '我的待办' }]}>
      <Tabs activeKey={tab} onChange={(key) => (setPage(1), setTab(key as Tab))} items={TABS.map((t) => ({ key: t.key, label: t.label }))} data-testid="inbox-tabs" />
      {filterBar}
      {table}
    </AppLayout>
  )
}
