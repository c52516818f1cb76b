import { h } from '@bpmn-io/properties-panel/preact'
import { SelectEntry, TextFieldEntry, type DebounceInput } from '@bpmn-io/properties-panel'
import { useService } from 'bpmn-js-properties-panel'
import type { Element } from 'bpmn-js/lib/model/Types'
import { propertyOf, semanticOf, setProperty, type ModdleObject } from '../model'
import { useDraft, useModel, type EntryComponentProps } from './hooks'

/** The process's none start event's formKey: the form whose fields name, place and file a case. */
function startFormKey(element: Element): string | undefined {
  const elements = (semanticOf(element).get('flowElements') as ModdleObject[] | undefined) ?? []
  const start = elements.find((e) => e.$type === 'bpmn:StartEvent' && !((e.get('eventDefinitions') as unknown[] | undefined) ?? []).length)
  const key = start?.get('camunda:formKey')
  return typeof key === 'string' ? key : undefined
}

interface FieldProps extends EntryComponentProps {
  property: string
  label: string
  description: string
}

/** A `zhian:*` process property naming a start-form field: a select of the start form's fields, or free text without one. */
function StartFieldEntry({ element, id, property, label, description }: FieldProps) {
  const draft = useDraft()
  const services = useModel()
  const debounce = useService<DebounceInput>('debounceInput')
  const form = draft.formOf(startFormKey(element))
  const current = propertyOf(element, property) ?? ''
  const setValue = (value: string) => setProperty(element, property, value || undefined, services)
  if (!form) return h(TextFieldEntry, { element, id, label, description: `${description}（开始事件尚未选择本草稿的表单，请填写字段名）`, getValue: () => current, setValue, debounce })
  const options = [{ value: '', label: '<未设置>' }, ...draft.fieldsOf(form).map((field) => ({ value: field.path, label: `${field.title}（${field.path}）` }))]
  if (current && !options.some((option) => option.value === current)) options.push({ value: current, label: `${current}（表单中没有）` })
  return h(SelectEntry, { element, id, label, description, getValue: () => current, setValue, getOptions: () => options })
}

/** 办件标题字段 (`zhian:title`): the start-form field whose value names the case. */
export const TitleFieldEntry = (props: EntryComponentProps) => h(StartFieldEntry, { ...props, property: 'zhian:title', label: '办件标题字段', description: '办件标题为“流程名称：该字段的值”' })

/** 区县字段 (`zhian:region`): the field holding the 区县 code whose body handles the case. */
export const RegionFieldEntry = (props: EntryComponentProps) => h(StartFieldEntry, { ...props, property: 'zhian:region', label: '区县字段', description: '由该区县的办理机构受理' })

/** 项目字段 (`zhian:project`): instead of a region, a project field; the case belongs to that project and its station. */
export const ProjectFieldEntry = (props: EntryComponentProps) => h(StartFieldEntry, { ...props, property: 'zhian:project', label: '项目字段', description: '按所选工程项目的监督站受理（与区县字段二选一）' })

const HANDLERS = [
  { value: '', label: '<未设置>' },
  { value: 'quality_station', label: '质量监督站' },
  { value: 'safety_station', label: '安全监督站' },
  { value: 'authority', label: '住建主管部门' },
]

/** 办理机构 (`zhian:handler`): which kind of body in the region handles the case. */
export function HandlerEntry({ element, id }: EntryComponentProps) {
  const services = useModel()
  return h(SelectEntry, {
    element,
    id,
    label: '办理机构',
    getValue: () => propertyOf(element, 'zhian:handler') ?? '',
    setValue: (value: string) => setProperty(element, 'zhian:handler', value || undefined, services),
    getOptions: () => HANDLERS,
  })
}

/** 办件编号前缀 (`zhian:casePrefix`): `BJ` gives 办件编号 BJ20261124000001. */
export function CasePrefixEntry({ element, id }: EntryComponentProps) {
  const services = useModel()
  const debounce = useService<DebounceInput>('debounceInput')
  return h(TextFieldEntry, {
    element,
    id,
    label: '办件编号前缀',
    description: '如 BJ：办件编号为 BJ + 日期 + 序号',
    getValue: () => propertyOf(element, 'zhian:casePrefix') ?? '',
    setValue: (value: string, error?: string | null) => !error && setProperty(element, 'zhian:casePrefix', value || undefined, services),
    validate: (value: string) => (/^[A-Z0-9]{0,8}$/.test(value ?? '') ? null : '只能用大写字母和数字，最多 8 位'),
    debounce,
  })
}
