import { useCallback, useEffect, useState } from 'react'
import { router } from '@inertiajs/react'
import { Button, Drawer, Popconfirm, Table, Tag, message } from 'antd'
import { api } from '~/inbox/api'

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
  const [instances, setInstances] = useState<Instance[] | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!version) return
    try {
      setInstances((await api<{ instances: Instance[] }>(`/api/admin/instances?definitionId=${encodeURIComponent(version.id)}`)).instances)
    } catch (error) {
      message.error((error as Error).message)
    }
  }, [version])

  useEffect(() => {
    setInstances(null)
    void load()
  }, [load])

  async function toggle(instance: Instance) {
    setBusy(instance.id)
    try {
      await api(`/api/admin/instances/${encodeURIComponent(instance.id)}/${instance.suspended ? 'resume' : 'suspend'}`, { method: 'POST' })
      message.success(`${instance.caseNo ?? instance.id} 已${instance.suspended ? '激活' : '挂起'}`)
      await load()
      router.reload({ only: ['definitions'] })
    } catch (error) {
      message.error((error as Error).message)
    } finally {
      setBusy(null)
    }
  }

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
