import { Button, Drawer, Table, Tag, Typography } from 'antd'
import { useRowActions } from './use_row_actions'

/** GET /api/admin/incidents: one open incident. */
interface Incident {
  id: string
  type: string
  activityId: string
  activityName: string | null
  message: string | null
  createdAt: string
  version: number | null
  caseId: number | null
  caseNo: string | null
  caseTitle: string | null
}

const TYPES: Record<string, string> = { failedExternalTask: '外部任务失败', failedJob: '作业失败' }

interface Props {
  definitionKey: string | null
  title: string
  canRetry: boolean
  onClose: () => void
}

/**
 * 运行异常 of one process: the step that stopped, the worker's or the job's
 * reason, the case it holds up; 重试 gives the step one new try (the list and
 * the counts on the page reload after it).
 */
export function IncidentDrawer({ definitionKey, title, canRetry, onClose }: Props) {
  const url = definitionKey ? `/api/admin/incidents?definitionKey=${encodeURIComponent(definitionKey)}` : null
  const { rows: incidents, busy, act } = useRowActions<Incident>(url, (body) => body.incidents)
  const retry = (i: Incident) => act(i.id, `/api/admin/incidents/${encodeURIComponent(i.id)}/retry`, `已重试：${i.activityName ?? i.activityId}`)

  return (
    <Drawer open={definitionKey !== null} onClose={onClose} title={`运行异常：${title}`} width={900} destroyOnHidden data-testid="incident-drawer">
      <Table<Incident>
        rowKey="id"
        size="small"
        loading={incidents === null}
        dataSource={incidents ?? []}
        pagination={false}
        locale={{ emptyText: '没有未处理的异常' }}
        columns={[
          { title: '办件', render: (_, i) => (i.caseId ? <a href={`/cases/${i.caseId}`}>{i.caseNo}（{i.caseTitle}）</a> : '—') },
          { title: '版本', dataIndex: 'version', width: 70, render: (v: number | null) => (v ? `第 ${v} 版` : '—') },
          { title: '环节', render: (_, i) => i.activityName ?? i.activityId },
          { title: '类型', dataIndex: 'type', width: 110, render: (type: string) => <Tag color="red">{TYPES[type] ?? type}</Tag> },
          { title: '原因', dataIndex: 'message', render: (text: string | null) => <Typography.Text type="danger">{text ?? '—'}</Typography.Text> },
          { title: '发生时间', dataIndex: 'createdAt', width: 170, render: (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false }) },
          {
            title: '',
            width: 80,
            render: (_, i) =>
              canRetry ? (
                <Button size="small" loading={busy === i.id} onClick={() => void retry(i)} data-testid={`incident-retry-${i.activityId}`}>
                  重试
                </Button>
              ) : null,
          },
        ]}
      />
    </Drawer>
  )
}
