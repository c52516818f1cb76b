import { useState } from 'react'
import { router } from '@inertiajs/react'
import { Button, Input, Modal, Select, Space, message } from 'antd'
import { api, ApiError } from './api'

/** The buttons a task page offers, in this order; the server decides which apply. */
const BUTTONS: { action: string; label: string; primary?: boolean; danger?: boolean }[] = [
  { action: 'claim', label: '认领', primary: true },
  { action: 'approve', label: '通过', primary: true },
  { action: 'submit', label: '提交', primary: true },
  { action: 'resolve', label: '归还', primary: true },
  { action: 'return', label: '驳回', danger: true },
  { action: 'return_to_step', label: '退回' },
  { action: 'transfer', label: '转办' },
  { action: 'delegate', label: '委派' },
  { action: 'add_signer', label: '加签' },
  { action: 'copy', label: '抄送' },
  { action: 'unclaim', label: '取消认领' },
]

/** What each dialog asks for. */
type Dialog = { action: string; title: string } | null

interface Props {
  taskId: string
  actions: string[]
  /** the task form's values and a pre-check; null when the step has no form */
  collectForm: (() => Promise<Record<string, unknown> | null>) | null
  /** shows field errors at the form; returns those it could not place */
  showErrors: (errors: { path: string; message: string }[]) => void
}

const urlName = (action: string) => action.replace(/_/g, '-')

/** 通过、驳回、转办、委派、认领 … each one JSON call; the page reloads with the task's new state. */
export function TaskActions({ taskId, actions, collectForm, showErrors }: Props) {
  const [dialog, setDialog] = useState<Dialog>(null)
  const [text, setText] = useState('')
  const [people, setPeople] = useState<{ value: number; label: string }[]>([])
  const [chosen, setChosen] = useState<number[]>([])
  const [targets, setTargets] = useState<{ value: string; label: string }[]>([])
  const [target, setTarget] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [opinion, setOpinion] = useState('')

  async function send(action: string, body: Record<string, unknown>) {
    setBusy(true)
    try {
      await api(`/api/tasks/${taskId}/actions/${urlName(action)}`, { method: 'POST', body })
      message.success('已办理')
      setDialog(null)
      // a completed task is gone: back to the inbox; otherwise show its new state
      if (['approve', 'submit', 'return', 'transfer', 'delegate', 'resolve', 'return_to_step'].includes(action)) router.visit('/inbox')
      else router.reload()
    } catch (error) {
      const failure = error as ApiError
      if (failure.errors?.length) showErrors(failure.errors.map((e) => ({ path: e.path ?? e.field ?? '', message: e.message })))
      message.error(failure.message)
    } finally {
      setBusy(false)
    }
  }

  async function open(action: string, title: string) {
    setText('')
    setChosen([])
    setTarget(undefined)
    if (['transfer', 'delegate', 'copy', 'add_signer'].includes(action)) {
      const list = await api<{ id: number; fullName: string; username: string }[]>(`/api/tasks/${taskId}/colleagues`)
      setPeople(list.map((p) => ({ value: p.id, label: `${p.fullName}（${p.username}）` })))
    }
    if (action === 'return_to_step') {
      const list = await api<{ id: string; name: string | null }[]>(`/api/tasks/${taskId}/returnable-activities`)
      setTargets(list.map((a) => ({ value: a.id, label: a.name ?? a.id })))
    }
    setDialog({ action, title })
  }

  async function click(action: string, label: string) {
    if (action === 'claim' || action === 'unclaim') return send(action, {})
    if (action === 'approve' || action === 'submit') {
      const value = collectForm ? await collectForm() : undefined
      if (collectForm && value === null) return message.error('请先改正标红的字段')
      return send(action, { ...(value ? { value } : {}), opinion: opinion || undefined })
    }
    return open(action, label)
  }

  function confirm() {
    if (!dialog) return
    const { action } = dialog
    if (action === 'return') return send(action, { returnReason: text })
    if (action === 'resolve') return send(action, { opinion: text || undefined })
    if (action === 'transfer' || action === 'delegate' || action === 'add_signer') return send(action, { userId: chosen[0], comment: text || undefined })
    if (action === 'copy') return send(action, { userIds: chosen, comment: text || undefined })
    if (action === 'return_to_step') return send(action, { activityId: target, comment: text || undefined })
  }

  const offered = BUTTONS.filter((b) => actions.includes(b.action))
  if (!offered.length) return null
  const action = dialog?.action
  return (
    <>
      {(actions.includes('approve') || actions.includes('submit')) && (
        <Input.TextArea rows={2} maxLength={500} value={opinion} onChange={(e) => setOpinion(e.target.value)} placeholder="办理意见（可选）" data-testid="approve-opinion" style={{ marginBottom: 12 }} />
      )}
      <Space wrap className="no-print">
        {offered.map((b) => (
          <Button key={b.action} type={b.primary ? 'primary' : 'default'} danger={b.danger} loading={busy && !dialog} data-testid={`action-${urlName(b.action)}`} onClick={() => click(b.action, b.label)}>
            {b.label}
          </Button>
        ))}
      </Space>
      <Modal open={Boolean(dialog)} title={dialog?.title} onCancel={() => setDialog(null)} onOk={confirm} confirmLoading={busy} okText="确定" cancelText="取消" okButtonProps={{ 'data-testid': 'action-confirm' } as never} destroyOnHidden>
        {(action === 'transfer' || action === 'delegate' || action === 'add_signer') && (
          <Select style={{ width: '100%', marginBottom: 12 }} placeholder="选择人员" options={people} value={chosen[0]} onChange={(v) => setChosen([v])} data-testid="action-user" />
        )}
        {action === 'copy' && <Select mode="multiple" style={{ width: '100%', marginBottom: 12 }} placeholder="选择抄送人员" options={people} value={chosen} onChange={setChosen} data-testid="action-users" />}
        {action === 'return_to_step' && <Select style={{ width: '100%', marginBottom: 12 }} placeholder="退回到的环节" options={targets} value={target} onChange={setTarget} data-testid="action-step" />}
        <Input.TextArea
          rows={4}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={action === 'return' ? '请填写驳回原因（申请人将看到）' : '意见或说明（可选）'}
          data-testid={action === 'return' ? 'return-reason' : 'action-comment'}
        />
      </Modal>
    </>
  )
}
