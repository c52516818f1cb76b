import type { SchemaJson } from './model.js'

/** What the properties panel offers for a type beyond 标识, 标题, 必填, 说明 and the linkages. */
export type Feature = 'text' | 'number' | 'options' | 'dictionary' | 'files' | 'rows'

/** One entry of the palette: a component of the dialect (forms/schema/dialect.ts) with the schema a new field starts from. */
export interface FieldType {
  readonly label: string
  readonly component: string
  readonly group: '基础' | '选择' | '业务' | '子表'
  /** the start of a new field's identifier (`text1`, `date2` …) */
  readonly keyStem: string
  readonly features: readonly Feature[]
  /** spans a whole grid row when added to a grid */
  readonly wide?: boolean
  readonly create: () => SchemaJson
}

// a fresh copy per new field: nodes are edited by copying, but nothing may share nested objects with the palette
const field = (type: string, component: string, extra: SchemaJson = {}) => () => structuredClone({ type, 'x-decorator': 'FormItem', 'x-component': component, ...extra })
const twoOptions = ['选项1', '选项2']

/** The palette, in the order it is shown. */
export const FIELD_TYPES: readonly FieldType[] = [
  { label: '单行文本', component: 'Input', group: '基础', keyStem: 'text', features: ['text'], create: field('string', 'Input', { maxLength: 100 }) },
  { label: '多行文本', component: 'Input.TextArea', group: '基础', keyStem: 'remark', features: ['text'], wide: true, create: field('string', 'Input.TextArea', { maxLength: 500 }) },
  { label: '数字', component: 'NumberPicker', group: '基础', keyStem: 'number', features: ['number'], create: field('number', 'NumberPicker') },
  { label: '日期', component: 'DatePicker', group: '基础', keyStem: 'date', features: [], create: field('string', 'DatePicker') },
  { label: '时间', component: 'TimePicker', group: '基础', keyStem: 'time', features: [], create: field('string', 'TimePicker') },
  { label: '开关', component: 'Switch', group: '基础', keyStem: 'flag', features: [], create: field('boolean', 'Switch') },
  { label: '附件', component: 'Upload', group: '基础', keyStem: 'files', features: ['files'], wide: true, create: field('array', 'Upload', { 'x-component-props': { accept: 'image/*,application/pdf' } }) },
  { label: '下拉选择', component: 'Select', group: '选择', keyStem: 'choice', features: ['options'], create: field('string', 'Select', { enum: twoOptions }) },
  { label: '单选', component: 'Radio.Group', group: '选择', keyStem: 'option', features: ['options'], create: field('string', 'Radio.Group', { enum: twoOptions }) },
  { label: '多选', component: 'Checkbox.Group', group: '选择', keyStem: 'options', features: ['options'], create: field('array', 'Checkbox.Group', { items: { type: 'string' }, enum: twoOptions }) },
  { label: '字典选择', component: 'DictionarySelect', group: '选择', keyStem: 'dictItem', features: ['dictionary'], create: field('string', 'DictionarySelect', { 'x-data-source': { dictionary: '' } }) },
  { label: '人员选择', component: 'UserPicker', group: '业务', keyStem: 'person', features: [], create: field('string', 'UserPicker') },
  { label: '项目选择', component: 'ProjectPicker', group: '业务', keyStem: 'project', features: [], create: field('string', 'ProjectPicker') },
  { label: '单位选择', component: 'OrganizationPicker', group: '业务', keyStem: 'organization', features: [], create: field('string', 'OrganizationPicker') },
  { label: '统一社会信用代码', component: 'CreditCodeInput', group: '业务', keyStem: 'creditCode', features: [], create: field('string', 'CreditCodeInput', { format: 'uscc' }) },
  { label: '身份证号', component: 'IdNumberInput', group: '业务', keyStem: 'idNumber', features: [], create: field('string', 'IdNumberInput', { format: 'idnumber' }) },
  { label: '手机号', component: 'MobileInput', group: '业务', keyStem: 'mobile', features: [], create: field('string', 'MobileInput', { format: 'zhmobile' }) },
  { label: '签名', component: 'SignaturePad', group: '业务', keyStem: 'signature', features: [], wide: true, create: field('string', 'SignaturePad') },
  { label: '位置', component: 'LocationPicker', group: '业务', keyStem: 'location', features: [], create: field('object', 'LocationPicker') },
  {
    label: '子表',
    component: 'ArrayTable',
    group: '子表',
    keyStem: 'rows',
    features: ['rows'],
    wide: true,
    create: field('array', 'ArrayTable', { items: { type: 'object', properties: {} }, properties: { add: { type: 'void', title: '添加一行', 'x-component': 'ArrayTable.Addition' } } }),
  },
]

/** A palette entry of the 布局 group: a container that lays out what is put in it, carrying no data. */
export interface LayoutType {
  readonly label: string
  readonly kind: 'grid' | 'section'
  readonly keyStem: string
}

export const LAYOUT_TYPES: readonly LayoutType[] = [
  { label: '栅格', kind: 'grid', keyStem: 'grid' },
  { label: '分组', kind: 'section', keyStem: 'section' },
]

const byComponent = new Map(FIELD_TYPES.map((type) => [type.component, type]))

/** The palette type of a schema node, by its component; undefined for anything the palette does not make. */
export function fieldTypeOf(schema: SchemaJson): FieldType | undefined {
  return byComponent.get(schema['x-component'] as string)
}
