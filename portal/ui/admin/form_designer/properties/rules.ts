/** Validation rules per type: 最大长度, 正则 + 提示, 最小值/最大值, rows and files. */
import { isObject, type SchemaJson } from '../model'
import { labelled, onSchema, type Property } from './types'
import { numberOrUndefined, withKey } from './schema_edit'

const numberRule = (name: string, title: string, extra: Record<string, unknown> = {}): Property => ({
  name,
  field: labelled(title, 'NumberPicker', { type: 'number', 'x-component-props': { style: { width: '100%' }, ...extra } }),
  read: (node) => node.schema[name],
  write: onSchema((schema, value) => withKey(schema, name, numberOrUndefined(value))),
})

export const maxLengthProperty = numberRule('maxLength', '最大长度', { min: 1, precision: 0 })
export const minimumProperty = numberRule('minimum', '最小值')
export const maximumProperty = numberRule('maximum', '最大值')
export const minRowsProperty = numberRule('minItems', '最少行数', { min: 0, precision: 0 })
export const maxRowsProperty = numberRule('maxItems', '最多行数', { min: 1, precision: 0 })
export const maxFilesProperty = numberRule('maxItems', '最多文件数', { min: 1, precision: 0 })

/** The designer writes a pattern as `pattern`, or with its message as `x-validator: { pattern, message }`; any other x-validator is not its to touch. */
export function patternEditable(schema: SchemaJson): boolean {
  const validator = schema['x-validator']
  return validator === undefined || (isObject(validator) && Object.keys(validator).every((key) => key === 'pattern' || key === 'message'))
}

function readPattern(schema: SchemaJson): { pattern?: string; message?: string } {
  const validator = schema['x-validator']
  if (isObject(validator)) return { pattern: validator.pattern as string | undefined, message: validator.message as string | undefined }
  return { pattern: schema.pattern as string | undefined }
}

function writePattern(schema: SchemaJson, pattern: unknown, message: unknown): SchemaJson {
  const bare = withKey(withKey(schema, 'pattern', undefined), 'x-validator', undefined)
  if (typeof pattern !== 'string' || !pattern) return bare
  if (typeof message === 'string' && message) return { ...bare, 'x-validator': { pattern, message } }
  return { ...bare, pattern }
}

const validRegex = (value: string) => {
  try {
    if (value) new RegExp(value)
    return ''
  } catch {
    return '不是有效的正则表达式'
  }
}

export const patternProperty: Property = {
  name: 'pattern',
  field: labelled('正则', 'Input', { type: 'string', 'x-validator': validRegex, 'x-component-props': { placeholder: '如 ^[0-9]{18}$' } }),
  read: (node) => readPattern(node.schema).pattern ?? '',
  write: (node, value, values) => ({ ...node, schema: writePattern(node.schema, value, values.patternMessage) }),
}

export const patternMessageProperty: Property = {
  name: 'patternMessage',
  field: labelled('正则提示', 'Input', { type: 'string', 'x-component-props': { placeholder: '不符合正则时显示' } }),
  read: (node) => readPattern(node.schema).message ?? '',
  write: (node, value, values) => ({ ...node, schema: writePattern(node.schema, values.pattern, value) }),
}

/** Shown instead of 正则 when the schema carries a validator the designer does not write. */
export const customValidatorNote: Property = {
  name: 'validatorNote',
  field: { type: 'void', 'x-component': 'Note', 'x-component-props': { text: '此字段有自定义校验规则（x-validator），设计器按原样保留。' } },
  read: () => undefined,
}

/** How a table gets its columns: they are its children in the field list, edited like any field. */
export const columnsNote: Property = {
  name: 'columnsNote',
  field: { type: 'void', 'x-component': 'Note', 'x-component-props': { text: '列：选中本子表后点击组件面板中的类型即加一列；选中某一列可编辑它的标题、必填和联动。' } },
  read: () => undefined,
}
