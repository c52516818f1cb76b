import { useMemo } from 'react'
import { Alert } from 'antd'
import { AppLayout } from '~/layout/AppLayout'
import { FormDesigner, type SchemaJson } from '~/admin/form_designer'
import { saveDraftFile } from '~/admin/form_designer/api'
import type { PageProps } from '~/types'

interface Props {
  draft: { name: string; title: string }
  form: string
  /** the draft file's path, `forms/<form>.form.json` */
  path: string
  /** the file as stored; null for a form the draft does not have yet */
  content: string | null
}

function parse(content: string | null): { schema: SchemaJson | null; error?: string } {
  if (content === null) return { schema: null }
  try {
    return { schema: JSON.parse(content) as SchemaJson }
  } catch (error) {
    return { schema: null, error: (error as Error).message }
  }
}

/** 表单设计: one form of a definition draft; 保存 writes it back to the draft (PUT /api/admin/drafts/:name/files). */
export default function FormDesignerPage({ draft, form, path, content }: PageProps<Props>) {
  const { schema, error } = useMemo(() => parse(content), [content])
  return (
    <AppLayout
      title={`表单 ${form}`}
      breadcrumbs={[{ title: '流程定义', href: '/admin/definitions' }, { title: draft.title, href: `/admin/drafts/${draft.name}` }, { title: `表单 ${form}` }]}
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`${path} 不是有效的 JSON（${error}），已打开空白表单；保存会覆盖它。`} />}
      <FormDesigner
        schema={schema}
        title={draft.title}
        formKey={`zhian:${draft.name}/${form}`}
        onSave={(designed) => saveDraftFile(draft.name, path, `${JSON.stringify(designed, null, 2)}\n`)}
      />
    </AppLayout>
  )
}
