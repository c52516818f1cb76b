import { h } from '@bpmn-io/properties-panel/preact'
import { SelectEntry } from '@bpmn-io/properties-panel'
import { attributeOf, setAttributes } from '../model'
import { NewFileForm } from './NewFileForm'
import { useDraft, useModel, type EntryComponentProps } from './hooks'

/** A new form: an empty schema of the dialect (forms/README.md), designed afterwards in the form designer. */
const emptyForm = (title: string) => `${JSON.stringify({ type: 'object', title, properties: {} }, null, 2)}\n`

const titled = (name: string, title: string | undefined) => (title ? `${title}（${name}）` : name)

/**
 * 业务表单: one of the draft's forms as `camunda:formKey` (`zhian:<draft>/<form>`),
 * with a link to its designer and a way to start a new one. A key outside the
 * draft stays selectable so opening a model never changes it.
 */
export function FormKeyEntry({ element, id }: EntryComponentProps) {
  const draft = useDraft()
  const services = useModel()
  const current = attributeOf(element, 'camunda:formKey')
  const form = draft.formOf(current)
  const options = [{ value: '', label: '<未选择>' }, ...draft.forms.map((name) => ({ value: draft.formKey(name), label: titled(name, draft.formTitle(name)) }))]
  if (current && !form) options.push({ value: current, label: `${current}（不在本草稿中）` })
  const choose = (formKey: string | undefined) => setAttributes(element, { 'camunda:formKey': formKey }, services)
  const create = async (name: string, title: string) => {
    await draft.create([{ path: `forms/${name}.form.json`, content: emptyForm(title) }])
    choose(draft.formKey(name))
  }
  return h(
    'div',
    null,
    h(SelectEntry, { element, id, label: '业务表单', getValue: () => current ?? '', setValue: (value: string) => choose(value || undefined), getOptions: () => options }),
    h(
      'div',
      { class: 'zhian-entry-actions' },
      form && h('a', { 'href': `/admin/drafts/${encodeURIComponent(draft.name)}/forms/${form}`, 'target': '_blank', 'rel': 'noopener', 'data-action': 'design-form' }, '设计表单'),
      h(NewFileForm, { id, noun: '表单', existing: draft.forms, create })
    )
  )
}
