import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Button, Checkbox, Popconfirm, message } from 'antd'
import { api } from '~/inbox/api'

interface Props {
  definitionId: string
  version: number
  suspended: boolean
  running: number
}

/**
 * 挂起 / 激活 one version. Suspending asks whether its running instances stop
 * too (by default they go on); activating brings suspended instances back
 * (by default). The choice starts from its default each time the box opens.
 */
export function SuspensionButton({ definitionId, version, suspended, running }: Props) {
  const [withInstances, setWithInstances] = useState(suspended)
  const [busy, setBusy] = useState(false)
  const verb = suspended ? '激活' : '挂起'

  async function apply() {
    setBusy(true)
    try {
      const done = await api<{ instances: number }>(`/api/admin/definitions/${encodeURIComponent(definitionId)}/${suspended ? 'resume' : 'suspend'}`, { method: 'POST', body: { includeProcessInstances: withInstances } })
      message.success(`第 ${version} 版已${verb}${done.instances ? `，${done.instances} 个运行中的实例随之${verb}` : ''}`)
      router.reload()
    } catch (error) {
      message.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const description = suspended ? (
    <Checkbox checked={withInstances} onChange={(e) => setWithInstances(e.target.checked)} data-testid="suspension-instances">
      同时激活此版本被挂起的实例
    </Checkbox>
  ) : (
    <div style={{ maxWidth: 280 }}>
      <div>挂起后不能再发起此版本的新办件。</div>
      <Checkbox checked={withInstances} onChange={(e) => setWithInstances(e.target.checked)} disabled={running === 0} data-testid="suspension-instances">
        同时挂起运行中的 {running} 个实例（其待办暂停办理）
      </Checkbox>
    </div>
  )
  return (
    <Popconfirm title={`${verb}第 ${version} 版？`} description={description} okText={verb} cancelText="取消" onConfirm={apply} onOpenChange={(open) => open && setWithInstances(suspended)}>
      <Button type="link" size="small" danger={!suspended} loading={busy} data-testid={suspended ? 'definition-resume' : 'definition-suspend'}>
        {verb}
      </Button>
    </Popconfirm>
  )
}
