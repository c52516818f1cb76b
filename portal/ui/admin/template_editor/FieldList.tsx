import { useState } from 'react'
import { Collapse, Empty, Input, Typography } from 'antd'
import type { FormFields, TemplateField } from './types'

interface Props {
  forms: FormFields[]
  variables: TemplateField[]
  system: TemplateField[]
  partials: TemplateField[]
  onInsert: (text: string) => void
}

/** One insertable field: keeps the source's caret (no focus change on press) and inserts on click. */
function FieldButton({ field, onInsert }: { field: TemplateField; onInsert: (text: string) => void }) {
  return (
    <button
      type="button"
      data-testid="template-field"
      data-path={field.path}
      title={`插入 ${field.insert}`}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onInsert(field.insert)}
      style={{ display: 'block', width: '100%', textAlign: 'left', padding: '4px 8px', marginBottom: 4, border: '1px solid #f0f0f0', borderRadius: 4, background: '#fff', cursor: 'pointer' }}
    >
      <div>{field.title}</div>
      <Typography.Text code style={{ fontSize: 12 }}>
        {field.path}
      </Typography.Text>
    </button>
  )
}

function List({ fields, filter, onInsert }: { fields: TemplateField[]; filter: string; onInsert: (text: string) => void }) {
  const shown = fields.filter((f) => !filter || f.title.includes(filter) || f.path.toLowerCase().includes(filter.toLowerCase()))
  if (shown.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有字段" />
  return shown.map((field) => <FieldButton key={field.path} field={field} onInsert={onInsert} />)
}

/** What a template may print, by where it comes from; a click inserts it at the caret of the source. */
export function FieldList({ forms, variables, system, partials, onInsert }: Props) {
  const [filter, setFilter] = useState('')
  return (
    <div data-testid="template-fields">
      <Input.Search size="small" allowClear placeholder="筛选字段" value={filter} onChange={(e) => setFilter(e.target.value.trim())} />
      <Collapse
        size="small"
        ghost
        defaultActiveKey={['forms', 'variables']}
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'forms',
            label: '表单字段',
            children: forms.length ? (
              forms.map((form) => (
                <div key={form.form} style={{ marginBottom: 12 }}>
                  <Typography.Text strong>
                    {form.title}（forms/{form.form}）
                  </Typography.Text>
                  <List fields={form.fields} filter={filter} onInsert={onInsert} />
                </div>
              ))
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="这个流程还没有表单" />
            ),
          },
          { key: 'variables', label: '流程变量', children: <List fields={variables} filter={filter} onInsert={onInsert} /> },
          { key: 'system', label: '系统值', children: <List fields={system} filter={filter} onInsert={onInsert} /> },
          { key: 'partials', label: '公共片段', children: <List fields={partials} filter={filter} onInsert={onInsert} /> },
        ]}
      />
    </div>
  )
}
