import { Button, Drawer, Popconfirm, Table, Tag } from 'antd'
import { useRowActions } from './use_row_actions'

/** GET /api/admin/instances: one running instance of a version. */
interface Instance {
  id: string
  startedAt: string
  suspended: boolean
  waitingAt: string[]
  caseId: number | null
  caseNo: string | null
  caseTitle: string | null
}

interface Props {
  /** the version shown, or null when closed */
  version: { id: string; version: number } | null
  name: string
  canSuspend: boolean
  onClose: () => void
}

/**
 * 运行中的实例 of one version: the case, where it waits, since when; 挂起
 * holds one case (its tasks refuse work) and 激活 lets it go on.
 */
export function InstanceDrawer({ version, name, canSuspend, onClose }: Props) {
  const url = version ? `/api/admin/instances?definitionId=${encodeURIComponent(version.id)}` : null
  const { rows: instances, busy, act } = useRowActions<Instance>(url, (body) => body.instances)
  const toggle = (i: Instance) => act(i.id, `/api/admin/instances/${encodeURIComponent(i.id)}/${i.suspended ? 'resume' : 'suspend'}`, `${i.caseNo ?? i.id} 已${i.suspended ? '激活' : '挂起'}`)

  return (
    <Drawer open={version !== null} onClose={onClose} title={`运行中的实例：${name} 第 ${version?.version ?? ''} 版`} width={860} destroyOnHidden>
      <Table<Instance>
        rowKey="id"
        size="small"
        loading={instances === null}
        dataSource={instances ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有运行中的实例' }}
        data-testid="instance-table"
        columns={[
          { title: '办件', render: (_, i) => (i.caseId ? <a href={`/cases/${i.caseId}`}>{i.caseNo}（{i.caseTitle}）</a> : <code>{i.id}</code>) },
          { title: '当前环节', render: (_, i) => i.waitingAt.join('、') || '—' },
          { title: '发起时间', dataIndex: 'startedAt', width: 170, render: (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false }) },
          { title: '状态', width: 90, render: (_, i) => (i.suspended ? <Tag color="orange">已挂起</Tag> : <Tag color="green">运行中</Tag>) },
          {
            title: '',
            width: 80,
            render: (_, i) =>
              canSuspend ? (
                <Popconfirm
                  title={i.suspended ? '激活后可继续办理。' : '挂起后此办件的待办暂停办理，直至激活。'}
                  okText={i.suspended ? '激活' : '挂起'}
                  cancelText="取消"
                  onConfirm={() => toggle(i)}
                >
                  <Button size="small" loading={busy === i.id} data-testid={`instance-${i.suspended ? 'resume' : 'suspend'}-${i.caseNo ?? i.id}`}>
                    {i.suspended ? '激活' : '挂起'}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Drawer>
  )
}
