import { Form, Input, Select, Switch, Typography } from 'antd'
import type { Manifest, PreviewError } from './types'

interface Props {
  manifest: Manifest
  onChange: (manifest: Manifest) => void
  /** the paths the required-fields picker offers (`project.name`, `items[].content` …) */
  fieldPaths: string[]
  errors: PreviewError[]
}

/** The error the preview found at `manifest.<field>`, for that field's help line. */
function problemAt(errors: PreviewError[], field: string) {
  const found = errors.find((e) => e.path === `manifest.${field}`)
  return found ? { validateStatus: 'error' as const, help: found.message } : {}
}

/** `<name>.template.json` as a form: what the document is, how it is numbered, what it needs, where it is sealed. */
export function ManifestForm({ manifest, onChange, fieldPaths, errors }: Props) {
  const set = (patch: Partial<Manifest>) => onChange({ ...manifest, ...patch })
  return (
    <Form layout="vertical" size="small" name="template-manifest" component="div">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: 12 }}>
        <Form.Item label="文书类型" htmlFor="manifest-type" extra="编号按发文单位、文书类型和年份分别连续" {...problemAt(errors, 'type')}>
          <Input id="manifest-type" value={manifest.type ?? ''} onChange={(e) => set({ type: e.target.value })} placeholder="如：警示约谈记录" />
        </Form.Item>
        <Form.Item label="标题" htmlFor="manifest-title" extra="印在红头下方" {...problemAt(errors, 'title')}>
          <Input id="manifest-title" value={manifest.title ?? ''} onChange={(e) => set({ title: e.target.value })} placeholder="如：警示约谈记录" />
        </Form.Item>
        <Form.Item
          label="文号格式"
          htmlFor="manifest-numbering"
          extra={
            <span>
              <Typography.Text code>{'{year}'}</Typography.Text> 年份，<Typography.Text code>{'{seq}'}</Typography.Text> 序号，
              <Typography.Text code>{'{seq:4}'}</Typography.Text> 补零到 4 位；如 沈和质监谈〔{'{year}'}〕{'{seq}'}号
            </span>
          }
          {...problemAt(errors, 'numbering')}
        >
          <Input id="manifest-numbering" value={manifest.numbering ?? ''} onChange={(e) => set({ numbering: e.target.value })} placeholder="沈和质监谈〔{year}〕{seq}号" />
        </Form.Item>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', columnGap: 12 }}>
        <Form.Item label="必填字段" htmlFor="manifest-required" extra="出具前检查这些字段都有值，缺了就不编号、不出具；列表写作 rows[].col" {...problemAt(errors, 'requiredFields')}>
          <Select
            id="manifest-required"
            mode="tags"
            value={manifest.requiredFields ?? []}
            onChange={(requiredFields: string[]) => set({ requiredFields })}
            options={fieldPaths.map((path) => ({ value: path, label: path }))}
            placeholder="选择或输入字段路径"
          />
        </Form.Item>
        <Form.Item label="印章位置" htmlFor="manifest-seal" {...problemAt(errors, 'seal.anchor')}>
          <Switch id="manifest-seal" checked={manifest.seal?.anchor ?? false} onChange={(anchor) => set({ seal: { ...manifest.seal, anchor } })} checkedChildren="有" unCheckedChildren="无" />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            开启后，模板中必须有 <Typography.Text code>{'{{> signature-block}}'}</Typography.Text>：这个落款片段打印发文机关、成文日期（issueDate）和核验二维码，并标出盖章处；出具时电子签章就盖在那里，预览时显示本单位的印章样式。
          </Typography.Paragraph>
        </Form.Item>
      </div>
    </Form>
  )
}
