import { Component, useMemo, useState, type ReactNode } from 'react'
import { createForm, type Form } from '@formily/core'
import type { ISchema } from '@formily/json-schema'
import { Alert, Button, Card, Tabs, message } from 'antd'
import { FormRenderer } from '~/forms/FormRenderer'
import type { SchemaJson } from './model'

/** A schema the renderer cannot draw (an unknown component in a loaded file) shows why instead of blanking the page. */
class PreviewBoundary extends Component<{ children: ReactNode }, { error?: string }> {
  state: { error?: string } = {}
  static getDerivedStateFromError(error: Error) {
    return { error: error.message }
  }
  render() {
    return this.state.error ? <Alert type="error" showIcon message={`预览失败：${this.state.error}`} /> : this.props.children
  }
}

/**
 * 预览: the schema as the product renders it (FormRenderer), on PC and as a
 * phone (390 px, the antd-mobile components). Each edit starts a fresh form;
 * 校验预览 validates the one on show, so required fields show their messages.
 * Attachments and signatures are kept in the page (预览中不上传): the upload
 * endpoint only takes files for deployed forms.
 */
export function Preview({ schema, formKey }: { schema: SchemaJson; formKey: string }) {
  const json = JSON.stringify(schema)
  const [view, setView] = useState('pc')
  const forms = useMemo<Record<string, Form>>(() => ({ pc: createForm(), phone: createForm() }), [json])
  const rendered = useMemo(() => JSON.parse(json) as ISchema, [json])
  const validate = () =>
    forms[view]
      .validate()
      .then(() => message.success('校验通过'))
      .catch(() => message.warning('有字段未通过校验，见各字段下的提示'))
  return (
    <Card size="small" title="预览" extra={<Button onClick={validate}>校验预览</Button>} style={{ marginTop: 12 }}>
      <Tabs
        activeKey={view}
        onChange={setView}
        items={[
          {
            key: 'pc',
            label: 'PC 预览',
            children: (
              <div data-testid="pc-preview">
                <PreviewBoundary key={json}>
                  <FormRenderer form={forms.pc} schema={rendered} formKey={formKey} preview />
                </PreviewBoundary>
              </div>
            ),
          },
          {
            key: 'phone',
            label: '手机预览',
            children: (
              <div data-testid="phone-preview" style={{ width: 390, height: 720, margin: '0 auto', overflow: 'auto', border: '10px solid #1f1f1f', borderRadius: 28, background: '#f5f5f5' }}>
                <PreviewBoundary key={json}>
                  <FormRenderer form={forms.phone} schema={rendered} formKey={formKey} mobile preview />
                </PreviewBoundary>
              </div>
            ),
          },
        ]}
      />
    </Card>
  )
}
