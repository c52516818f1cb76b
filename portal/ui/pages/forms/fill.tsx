import { useMemo, useState } from 'react'
import { Head } from '@inertiajs/react'
import { createForm } from '@formily/core'
import type { ISchema } from '@formily/json-schema'
import { Alert, Button, Card, Segmented, Space, Typography } from 'antd'
import { FormRenderer } from '~/forms/FormRenderer'
import { plainValues, showServerErrors, validateOnServer, type ServerError } from '~/forms/server_checks'
import { loadDraft, useDraft } from '~/forms/use_draft'
import type { PageProps } from '~/types'

type Props = PageProps<{ formKey: string; title: string; schema: ISchema }>
type View = 'edit' | 'read' | 'print'

/** A phone by viewport, unless `?view=mobile|pc` says otherwise. */
function isPhone(): boolean {
  const asked = new URLSearchParams(window.location.search).get('view')
  if (asked) return asked === 'mobile'
  return window.matchMedia('(max-width: 600px)').matches
}

/** 表单填写: one schema, PC or phone rendering, drafts autosaved on the server (and the device), the server's verdict shown at the fields. */
export default function FormFill({ formKey, title, schema }: Props) {
  const form = useMemo(() => createForm({ values: loadDraft(formKey) }), [formKey])
  const mobile = useMemo(isPhone, [])
  const draft = useDraft(form, formKey)
  const [view, setView] = useState<View>('edit')
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; message: string; errors?: ServerError[] } | null>(null)
  const [busy, setBusy] = useState(false)

  function changeView(next: View) {
    setView(next)
    form.setPattern(next === 'edit' ? 'editable' : 'readPretty')
    if (next === 'print') setTimeout(() => window.print(), 100)
  }

  async function submit() {
    setOutcome(null)
    // the server's findings of the last attempt are not the browser's rules: validate() would not clear them
    form.clearErrors('*')
    try {
      await form.validate()
    } catch {
      setOutcome({ type: 'error', message: '请先改正标红的字段' })
      return
    }
    setBusy(true)
    try {
      const errors = await validateOnServer(formKey, plainValues(form))
      if (errors.length) {
        setOutcome({ type: 'error', message: '服务器校验未通过，请改正标红的字段', errors: showServerErrors(form, errors) })
      } else {
        draft.clear()
        setOutcome({ type: 'success', message: '校验通过，已提交' })
      }
    } catch (error) {
      setOutcome({ type: 'error', message: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className={`form-page form-page-${view}`} style={{ maxWidth: mobile ? undefined : 1100, margin: '0 auto', padding: mobile ? 0 : 24 }}>
      <Head title={title} />
      <Card
        title={<Typography.Title level={4} style={{ margin: 0 }}>{title}</Typography.Title>}
        extra={<Segmented className="no-print" value={view} onChange={(v) => changeView(v as View)} options={[{ label: '填写', value: 'edit' }, { label: '只读', value: 'read' }, { label: '打印', value: 'print' }]} />}
        styles={{ body: { padding: mobile ? 8 : 24 } }}
      >
        <FormRenderer form={form} schema={schema} formKey={formKey} mobile={mobile} />
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
        {view === 'edit' && (
          <Space className="no-print" style={{ marginTop: 16 }}>
            <Button type="primary" loading={busy} onClick={submit} data-testid="form-submit">提交</Button>
            <Typography.Text type="secondary" data-testid="draft-status">
              {draft.state
                ? `草稿已自动保存${draft.state.where === 'server' ? '' : '在本机（网络恢复后再次保存到服务器）'}于 ${draft.state.savedAt.toLocaleTimeString('zh-CN')}`
                : '填写内容将自动保存为草稿'}
            </Typography.Text>
          </Space>
        )}
      </Card>
    </div>
  )
}
