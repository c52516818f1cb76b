import { useState } from 'react'
import { Button, Card, Col, Row, Tag, Typography, message } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { ApiError } from '~/inbox/api'
import { FieldList } from '~/admin/template_editor/FieldList'
import { ManifestForm } from '~/admin/template_editor/ManifestForm'
import { PreviewPane } from '~/admin/template_editor/PreviewPane'
import { SourceEditor } from '~/admin/template_editor/SourceEditor'
import { saveTemplate } from '~/admin/template_editor/save_template'
import { usePreview } from '~/admin/template_editor/use_preview'
import { useSourceCaret } from '~/admin/template_editor/use_source_caret'
import type { FormFields, Manifest, TemplateField } from '~/admin/template_editor/types'
import type { PageProps } from '~/types'

interface Props {
  draft: { name: string; title: string }
  template: string
  isNew: boolean
  source: string
  manifest: Manifest
  sample: string
  forms: FormFields[]
  variables: TemplateField[]
  system: TemplateField[]
  partials: TemplateField[]
}

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace', fontSize: 13 }

/** 文书模板编辑: the .hbs source beside its live PDF preview, the manifest as a form, the sample data, and the fields to insert. */
export default function TemplateEditor(props: PageProps<Props>) {
  const [source, setSource] = useState(props.source)
  const [manifest, setManifest] = useState<Manifest>(props.manifest)
  const [sample, setSample] = useState(props.sample)
  const [saved, setSaved] = useState(!props.isNew)
  const [saving, setSaving] = useState(false)
  const preview = usePreview(source, manifest, sample)
  const edited = <T,>(set: (value: T) => void) => (value: T) => {
    set(value)
    setSaved(false)
  }
  const caret = useSourceCaret(edited(setSource))

  async function save() {
    setSaving(true)
    try {
      await saveTemplate(props.draft.name, props.template, { source, manifest, sample })
      setSaved(true)
      message.success('已保存到草稿')
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : '保存失败')
    } finally {
      setSaving(false)
    }
  }

  const fieldPaths = [...props.forms.flatMap((f) => f.fields.map((field) => field.path)), ...props.variables.map((v) => v.path)]
  return (
    <AppLayout
      title={`文书模板：${props.template}`}
      breadcrumbs={[{ title: '流程定义', href: '/admin/definitions' }, { title: props.draft.title, href: `/admin/drafts/${props.draft.name}` }, { title: `文书模板 ${props.template}` }]}
      extra={
        <>
          {!saved && <Tag color="orange">未保存</Tag>}
          <Button type="primary" autoInsertSpace={false} loading={saving} onClick={save} data-testid="template-save">
            保存
          </Button>
        </>
      }
    >
      <Typography.Paragraph type="secondary">
        保存写入草稿 {props.draft.name} 的 documents/{props.template}.hbs、.template.json 和 .sample.json；部署草稿后，新发起的流程用这一版模板出具文书，正在办理的流程仍用它们发起时的版本。
      </Typography.Paragraph>
      <Card size="small" title="模板说明" style={{ marginBottom: 12 }}>
        <ManifestForm manifest={manifest} onChange={edited(setManifest)} fieldPaths={fieldPaths} errors={preview.errors} />
      </Card>
      <Row gutter={12}>
        <Col xs={24} xl={5}>
          <Card size="small" title="可用字段（点击插入）">
            <FieldList forms={props.forms} variables={props.variables} system={props.system} partials={props.partials} onInsert={caret.insert} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title="模板源码（Handlebars）" style={{ marginBottom: 12 }}>
            <SourceEditor value={source} onChange={edited(setSource)} textareaRef={caret.ref} />
          </Card>
          <Card size="small" title="示例数据（JSON，只用于预览）">
            <textarea aria-label="示例数据" data-testid="template-sample" spellCheck={false} value={sample} onChange={(e) => edited(setSample)(e.target.value)} style={{ ...MONO, width: '100%', minHeight: 240, padding: 8, border: '1px solid #d9d9d9', borderRadius: 6, resize: 'vertical' }} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="预览（不编号、不签章、不保存）">
            <PreviewPane preview={preview} onShowError={caret.showError} />
          </Card>
        </Col>
      </Row>
    </AppLayout>
  )
}
