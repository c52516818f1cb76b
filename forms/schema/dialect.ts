/**
 * The whitelists of Zhian's restricted formily dialect. Anything a schema uses
 * outside these lists is a FormSchemaError: the browser renderer, the server
 * validator and the designer only have to understand what is listed here.
 */

/** Components that carry data, with the field types each one may hold. */
export const DATA_COMPONENTS: Readonly<Record<string, ReadonlyArray<string>>> = {
  'Input': ['string'],
  'Input.TextArea': ['string'],
  'NumberPicker': ['number'],
  'Select': ['string', 'number', 'array'],
  'Radio.Group': ['string', 'number', 'boolean'],
  'Checkbox.Group': ['array'],
  'Switch': ['boolean'],
  'DatePicker': ['string'],
  'DatePicker.RangePicker': ['array'],
  'TimePicker': ['string'],
  'ArrayTable': ['array'],
  'Upload': ['array'],
  'CreditCodeInput': ['string'],
  'IdNumberInput': ['string'],
  'MobileInput': ['string'],
  'ProjectPicker': ['string', 'array'],
  'OrganizationPicker': ['string', 'array'],
  'UserPicker': ['string', 'array'],
  'LocationPicker': ['object'],
  'SignaturePad': ['string'],
  'DictionarySelect': ['string', 'array'],
}

/** Layout-only components: `type: 'void'`, transparent to data and paths. FormSection is a titled 分组 (its `title` shown as a heading). */
export const VOID_COMPONENTS: ReadonlySet<string> = new Set([
  'FormGrid',
  'FormGrid.GridColumn',
  'FormLayout',
  'FormSection',
  'ArrayTable.Column',
  'ArrayTable.Index',
  'ArrayTable.Remove',
  'ArrayTable.Addition',
  'ArrayTable.SortHandle',
])

/** Decorators a node may wear. */
export const DECORATORS: ReadonlySet<string> = new Set(['FormItem', 'FormGrid.GridColumn'])

/** `format` names: formily's own (regex) and Zhian's (check-digit functions, ./formats.ts). */
export const FORMATS: ReadonlySet<string> = new Set([
  'phone', 'email', 'idcard', 'url', 'integer', 'number', 'date', 'zip', 'zh',
  'uscc', 'zhmobile', 'projectcode', 'idnumber',
])

/** Validation keywords a schema node or an `x-validator` description may carry. */
export const VALIDATOR_KEYS = [
  'required', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems',
] as const

/** Every other key a node may carry; they are presentation only and ignored by validation. */
export const PLAIN_KEYS: ReadonlySet<string> = new Set([
  'type', 'title', 'description', 'default', 'enum', 'properties', 'items', 'name',
  'x-index', 'x-component', 'x-component-props', 'x-decorator', 'x-decorator-props',
  'x-validator', 'x-reactions', 'x-data-source', 'x-content',
])

/** Property keys become data keys and paths: identifiers only, never prototype names. */
export const KEY_SHAPE = /^[A-Za-z_][A-Za-z0-9_]*$/
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** formily evaluates any string that is wholly `{{ … }}`; outside x-reactions we allow none. */
export const EXPRESSION_SHAPE = /^\s*\{\{([\s\S]*)\}\}\s*$/
