import { h } from '@bpmn-io/properties-panel/preact'
import { SelectEntry } from '@bpmn-io/properties-panel'
import { makeRenderTask, setTemplate, templateOf } from '../model'
import { NewFileForm } from './NewFileForm'
import { useDraft, useModel, type EntryComponentProps } from './hooks'

/** A new template: its manifest (documents/templates/template.ts) and a body inside the house frame, written afterwards in the template editor. */
function emptyTemplate(name: string, title: string) {
  const manifest = { type: title, title, paper: 'A4', numbering: '〔{year}〕{seq}号', requiredFields: [], seal: { anchor: false } }
  return [
    { path: `documents/${name}.template.json`, content: `${JSON.stringify(manifest, null, 2)}\n` },
    { path: `documents/${name}.hbs`, content: '{{#> official-document}}\n<p></p>\n{{/official-document}}\n' },
  ]
}

/**
 * 文书模板 of a render task (`<camunda:inputParameter name="template">`), with
 * a link to its editor and a way to start a new one. A name the draft does not
 * carry is kept: the deploy takes it from the shared template library.
 */
export function TemplateEntry({ element, id }: EntryComponentProps) {
  const draft = useDraft()
  const services = useModel()
  const current = templateOf(element)
  const own = current && draft.templates.includes(current) ? current : null
  const options = [{ value: '', label: '<未选择>' }, ...draft.templates.map((name) => ({ value: name, label: draft.templateTitle(name) ? `${draft.templateTitle(name)}（${name}）` : name }))]
  if (current && !own) options.push({ value: current, label: `${current}（共享模板库）` })
  const create = async (name: string, title: string) => {
    await draft.create(emptyTemplate(name, title))
    setTemplate(element, name, services)
  }
  return h(
    'div',
    null,
    h(SelectEntry, { element, id, label: '文书模板', getValue: () => current ?? '', setValue: (value: string) => setTemplate(element, value || undefined, services), getOptions: () => options }),
    h(
      'div',
      { class: 'zhian-entry-actions' },
      own && h('a', { 'href': `/admin/drafts/${encodeURIComponent(draft.name)}/documents/${own}`, 'target': '_blank', 'rel': 'noopener', 'data-action': 'edit-template' }, '编辑模板'),
      h(NewFileForm, { id, noun: '模板', existing: draft.templates, create })
    )
  )
}

/** On a service task that is not a render task yet: one click makes it an external task on `document-render`. */
export function RenderTaskEntry({ element, id }: EntryComponentProps) {
  const services = useModel()
  return h(
    'div',
    { 'class': 'bio-properties-panel-entry', 'data-entry-id': id },
    h('div', { class: 'bio-properties-panel-description' }, '文书生成任务由文书服务按模板生成 PDF 文书（外部任务，主题 document-render）。'),
    h('button', { 'type': 'button', 'class': 'zhian-button', 'data-action': 'make-render-task', 'onClick': () => makeRenderTask(element, services) }, '设为文书生成任务')
  )
}
