import { useMemo, useState } from 'react'
import { router } from '@inertiajs/react'
import { createForm } from '@formily/core'
import type { ISchema } from '@formily/json-schema'
import { Alert, Button, Card, Space, Typography } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { usePhone } from '~/layout/use_phone'
import { FormRenderer } from '~/forms/FormRenderer'
import { plainValues, showServerErrors, xsrfHeader, type ServerError } from '~/forms/server_checks'
import { loadDraft, useDraft } from '~/forms/use_draft'
import type { PageProps } from '~/types'

type Props = PageProps<{ process: { key: string; name: string; description: string }; formKey: string; schema: ISchema }>

type Outcome = { type: 'success' | 'error'; message: string; errors?: ServerError[] } | null

/** POST /api/processes/:key/start: the case on 201, the field errors on 422, else a Chinese message. */
async function startProcess(key: string, value: Record<string, unknown>, draftId?: number) {
  const response = await fetch(`/api/processes/${encodeURIComponent(key)}/start`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept': 'application/json', ...xsrfHeader() },
    body: JSON.stringify({ value, ...(draftId ? { draftId } : {}) }),
  })
  const body = (await response.json().catch(() => null)) as { caseId?: number; errors?: ServerError[]; message?: string } | null
  if (response.status === 201 && body?.caseId) return { caseId: body.caseId }
  if (Array.isArray(body?.errors)) return { errors: body.errors }
  throw new Error(body?.message ?? `提交失败（${response.status}）`)
}

/** 发起办理: the process's start form; drafts autosave (server and device), 暂存 saves now, 提交 starts the case. */
export default function StartForm({ process, formKey, schema }: Props) {
  const form = useMemo(() => createForm({ values: loadDraft(formKey) }), [formKey])
  const phone = usePhone()
  const draft = useDraft(form, formKey)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [busy, setBusy] = useState(false)

  async function submit() {
    setOutcome(null)
    form.clearErrors('*')
    try {
      await form.validate()
    } catch {
      setOutcome({ type: 'error', message: '请先改正标红的字段' })
      return
    }
    setBusy(true)
    try {
      const result = await startProcess(process.key, plainValues(form), draft.draftId())
      if ('errors' in result) {
        setOutcome({ type: 'error', message: '服务器校验未通过，请改正标红的字段', errors: showServerErrors(form, result.errors ?? []) })
        return
      }
      draft.clear()
      router.visit(`/cases/${result.caseId}`)
    } catch (error) {
      setOutcome({ type: 'error', message: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <AppLayout title={process.name} breadcrumbs={[{ title: '发起办理', href: '/workspace/start' }, { title: process.name }]}>
      <Card styles={{ body: { padding: phone ? 8 : 24 } }}>
        {process.description && <Typography.Paragraph type="secondary">{process.description}</Typography.Paragraph>}
        <FormRenderer form={form} schema={schema} formKey={formKey} mobile={phone} />
        {outcome && (
          <Alert
            data-testid="submit-result"
            type={outcome.type}
            showIcon
            message={outcome.message}
            description={outcome.errors?.length ? outcome.errors.map((e) => `${e.path}：${e.message}`).join('；') : undefined}
            style={{ marginTop: 16 }}
          />
        )}
        <Space wrap style={{ marginTop: 16 }}>
          <Button type="primary" loading={busy} onClick={submit} data-testid="start-submit">提交</Button>
          <Button onClick={() => void draft.saveNow()} data-testid="save-draft">暂存</Button>
          <Typography.Text type="secondary" data-testid="draft-status">
            {draft.state
              ? `草稿已保存${draft.state.where === 'server' ? '' : '在本机（网络恢复后再次保存到服务器）'}于 ${draft.state.savedAt.toLocaleTimeString('zh-CN')}`
              : '填写内容将自动保存为草稿'}
          </Typography.Text>
        </Space>
      </Card>
    </AppLayout>
  )
}
