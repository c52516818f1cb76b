import { h } from '@bpmn-io/properties-panel/preact'
import { attributeOf, propertyOf, setProperty } from '../model'
import { useDraft, useModel, type EntryComponentProps } from './hooks'

type Rules = Record<string, string>

const ACCESS = [
  { value: 'editable', label: '可编辑' },
  { value: 'readonly', label: '只读' },
  { value: 'hidden', label: '隐藏' },
]

function parseRules(text: string | undefined): Rules | null {
  if (!text) return {}
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Rules) : null
  } catch {
    return null
  }
}

/**
 * 字段权限: per top-level field of the task's form, editable / readonly /
 * hidden, plus the default for the rest (`*`), kept as the JSON map
 * `zhian:fields` that forms/ enforces. Rules for deeper paths
 * (`items.*.score`), written by hand, are kept as they are.
 */
export function FieldRulesEntry({ element, id }: EntryComponentProps) {
  const draft = useDraft()
  const services = useModel()
  const form = draft.formOf(attributeOf(element, 'camunda:formKey'))
  if (!form) return null
  const text = propertyOf(element, 'zhian:fields')
  const rules = parseRules(text)
  const fields = [{ path: '*', title: '其余字段（默认）' }, ...draft.fieldsOf(form)]
  const change = (path: string, access: string) => {
    const next: Rules = { ...(rules ?? {}) }
    if (access) next[path] = access
    else delete next[path]
    // '*' first, then the form's order, then hand-written paths
    const order = [...fields.map((field) => field.path), ...Object.keys(next)]
    const sorted = Object.fromEntries([...new Set(order)].filter((key) => key in next).map((key) => [key, next[key]]))
    setProperty(element, 'zhian:fields', Object.keys(sorted).length ? JSON.stringify(sorted) : undefined, services)
  }
  return h(
    'div',
    { 'class': 'bio-properties-panel-entry zhian-field-rules', 'data-entry-id': id },
    h('div', { class: 'bio-properties-panel-label' }, '字段权限'),
    rules === null && h('div', { class: 'bio-properties-panel-error' }, '当前设置不是合法的 JSON 对象，修改任一字段会覆盖它'),
    h(
      'table',
      null,
      h(
        'tbody',
        null,
        fields.map((field) =>
          h(
            'tr',
            { 'key': field.path, 'data-field': field.path },
            h('td', null, field.title),
            h(
              'td',
              null,
              h(
                'select',
                { 'class': 'bio-properties-panel-input', 'aria-label': `字段权限：${field.title}`, 'value': rules?.[field.path] ?? '', 'onChange': (event: Event) => change(field.path, (event.target as HTMLSelectElement).value) },
                h('option', { value: '' }, field.path === '*' ? '可编辑（未设置）' : '同默认'),
                ACCESS.map((access) => h('option', { key: access.value, value: access.value }, access.label))
              )
            )
          )
        )
      )
    ),
    h('div', { class: 'bio-properties-panel-description' }, '只读和隐藏的字段不校验，保留上一步的值')
  )
}
