/**
 * Walks a schema once, checks it against the dialect and returns its data
 * fields as FieldNodes: void wrappers vanish (their children join the parent),
 * ArrayTable columns vanish inside rows, linkages become dependency references.
 */
import { FormSchemaError } from './errors.js'
import { buildDescriptions } from './descriptions.js'
import { PendingLinkages } from './linkages.js'
import {
  DATA_COMPONENTS, DECORATORS, EXPRESSION_SHAPE, FORBIDDEN_KEYS, KEY_SHAPE, PLAIN_KEYS, VALIDATOR_KEYS, VOID_COMPONENTS,
} from './dialect.js'
import type { FieldNode, ValueKind } from './nodes.js'
import type { FormSchema } from './types.js'

type Container = 'root' | 'object' | 'row'

interface Walk {
  /** Data path segments of the container (`*` for a row index). */
  readonly prefix: ReadonlyArray<string>
  readonly container: Container
  readonly linkages: PendingLinkages
}

const KNOWN_KEYS: ReadonlySet<string> = new Set([...PLAIN_KEYS, ...VALIDATOR_KEYS])

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** No string outside x-reactions may be a `{{ }}` expression: formily would evaluate it. */
function refuseExpressions(path: string, value: unknown): void {
  if (typeof value === 'string' && EXPRESSION_SHAPE.test(value)) {
    throw new FormSchemaError(path, `只有 x-reactions 中允许 {{ }} 表达式：${value}`)
  }
  if (Array.isArray(value)) for (const item of value) refuseExpressions(path, item)
  else if (isPlainObject(value)) for (const item of Object.values(value)) refuseExpressions(path, item)
}

function checkKeys(path: string, schema: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(schema)) {
    if (!KNOWN_KEYS.has(key) && !key.startsWith('x-designable')) throw new FormSchemaError(path, `不支持的关键字「${key}」`)
    if (key !== 'properties' && key !== 'items' && key !== 'x-reactions') refuseExpressions(path, value)
  }
  const decorator = schema['x-decorator']
  if (decorator !== undefined && !DECORATORS.has(decorator as string)) {
    throw new FormSchemaError(path, `不支持的装饰组件「${String(decorator)}」`)
  }
}

function kindOf(path: string, schema: FormSchema): ValueKind {
  const component = schema['x-component']
  if (component !== undefined) {
    const types = DATA_COMPONENTS[component]
    if (!types) throw new FormSchemaError(path, `不支持的组件「${component}」`)
    if (!types.includes(schema.type as string)) throw new FormSchemaError(path, `组件 ${component} 不能用于 ${schema.type} 类型`)
  }
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return schema.type
    case 'object':
      if (component === 'LocationPicker') return 'location'
      if (component !== undefined) throw new FormSchemaError(path, `组件 ${component} 不能用于 object 类型`)
      return 'object'
    case 'array':
      if (component === 'Upload') return 'attachments'
      if (component === 'ArrayTable') return 'rows'
      if (schema.items?.type === 'number') return 'numbers'
      if (schema.items === undefined || schema.items.type === 'string') return 'strings'
      throw new FormSchemaError(path, '数组的 items 只能是 string 或 number（表格请用 ArrayTable）')
    default:
      throw new FormSchemaError(path, `不支持的类型「${String(schema.type)}」`)
  }
}

function enumValues(path: string, schema: FormSchema): unknown[] | undefined {
  if (schema.enum === undefined) return undefined
  if (!Array.isArray(schema.enum) || schema.enum.length === 0) throw new FormSchemaError(path, 'enum 必须是非空数组')
  return schema.enum.map((option) => {
    if (isPlainObject(option)) {
      if (!('value' in option)) throw new FormSchemaError(path, 'enum 选项对象必须有 value')
      return option.value
    }
    if (['string', 'number', 'boolean'].includes(typeof option)) return option
    throw new FormSchemaError(path, 'enum 选项只能是字符串、数字、布尔值或 {label, value}')
  })
}

function dictionaryOf(path: string, schema: FormSchema): string | undefined {
  const source = schema['x-data-source']
  if (source === undefined) return undefined
  if (!isPlainObject(source) || typeof source.dictionary !== 'string' || Object.keys(source).length !== 1) {
    throw new FormSchemaError(path, 'x-data-source 只能是 {"dictionary": "字典名"}')
  }
  if (schema.enum !== undefined) throw new FormSchemaError(path, 'enum 与 x-data-source 不能同时使用')
  return source.dictionary
}

function childrenOf(path: string, schema: FormSchema, kind: ValueKind, walk: Walk, key: string): FieldNode[] | undefined {
  const prefix = [...walk.prefix, key]
  if (kind === 'object') {
    if (walk.container === 'row') throw new FormSchemaError(path, '表格行内不支持嵌套对象')
    return walkProperties(path, schema, { ...walk, prefix, container: 'object' })
  }
  if (kind === 'rows') {
    if (walk.container === 'row') throw new FormSchemaError(path, '表格行内不支持嵌套表格')
    const items = schema.items
    if (!isPlainObject(items) || items.type !== 'object' || !isPlainObject(items.properties)) {
      throw new FormSchemaError(path, 'ArrayTable 的 items 必须是带 properties 的 object')
    }
    for (const itemKey of Object.keys(items)) {
      if (!['type', 'properties', 'x-index'].includes(itemKey)) throw new FormSchemaError(`${path}.items`, `不支持的关键字「${itemKey}」`)
    }
    for (const [extraKey, extra] of Object.entries(schema.properties ?? {})) {
      if (extra.type !== 'void' || !String(extra['x-component']).startsWith('ArrayTable.')) {
        throw new FormSchemaError(`${path}.${extraKey}`, 'ArrayTable 的 properties 只能放 ArrayTable.Addition 等按钮')
      }
    }
    return walkProperties(path, items, { ...walk, prefix: [...prefix, '*'], container: 'row' })
  }
  if (schema.properties !== undefined) throw new FormSchemaError(path, '只有 object、ArrayTable 与 void 节点可以有 properties')
  return undefined
}

function dataField(path: string, key: string, schema: FormSchema, walk: Walk): FieldNode {
  const kind = kindOf(path, schema)
  const pattern = [...walk.prefix, key].join('.')
  const descriptions = buildDescriptions(path, schema)
  if ((kind === 'object' || kind === 'rows') && descriptions.some((d) => d.required !== undefined) && kind === 'object') {
    throw new FormSchemaError(path, '分组对象不能设为必填')
  }
  const node: FieldNode = {
    key,
    pattern,
    kind,
    title: schema.title,
    descriptions,
    enumValues: enumValues(path, schema),
    dictionary: dictionaryOf(path, schema),
    children: childrenOf(path, schema, kind, walk, key),
  }
  if (schema['x-reactions'] !== undefined) walk.linkages.add(path, node, schema['x-reactions'], walk.container)
  return node
}

function walkProperties(path: string, schema: FormSchema, walk: Walk): FieldNode[] {
  const fields: FieldNode[] = []
  const properties = schema.properties ?? {}
  if (!isPlainObject(properties)) throw new FormSchemaError(path, 'properties 必须是对象')
  for (const [key, child] of Object.entries(properties)) {
    const childPath = path ? `${path}.${key}` : key
    if (!KEY_SHAPE.test(key) || FORBIDDEN_KEYS.has(key)) throw new FormSchemaError(childPath, '字段标识只能由字母、数字和下划线组成')
    if (!isPlainObject(child)) throw new FormSchemaError(childPath, '字段定义必须是对象')
    checkKeys(childPath, child)
    if (child.type === 'void') fields.push(...voidChildren(childPath, child as FormSchema, walk))
    else fields.push(dataField(childPath, key, child as FormSchema, walk))
  }
  return fields
}

function voidChildren(path: string, schema: FormSchema, walk: Walk): FieldNode[] {
  const component = schema['x-component']
  if (component !== undefined && !VOID_COMPONENTS.has(component)) throw new FormSchemaError(path, `不支持的布局组件「${component}」`)
  for (const key of Object.keys(schema)) {
    if ((VALIDATOR_KEYS as readonly string[]).includes(key) || ['x-reactions', 'x-validator', 'enum', 'items', 'x-data-source'].includes(key)) {
      throw new FormSchemaError(path, `布局节点（void）不能有「${key}」`)
    }
  }
  // Inside a row only ArrayTable.Column may wrap fields: the row component skips exactly that level.
  if (walk.container === 'row' && schema.properties && component !== 'ArrayTable.Column') {
    throw new FormSchemaError(path, '表格行内只能用 ArrayTable.Column 包裹字段')
  }
  if (walk.container === 'row' && component === 'ArrayTable.Column') {
    for (const [key, inner] of Object.entries(schema.properties ?? {})) {
      if (inner?.type === 'void' && inner.properties) throw new FormSchemaError(`${path}.${key}`, 'ArrayTable.Column 内不能再嵌套布局')
    }
  }
  return walkProperties(path, schema, walk)
}

/** Checks a whole schema and returns its top-level data fields. */
export function compileSchema(schema: unknown): FieldNode[] {
  if (!isPlainObject(schema) || schema.type !== 'object' || !isPlainObject(schema.properties)) {
    throw new FormSchemaError('', '表单根节点必须是带 properties 的 object')
  }
  for (const key of Object.keys(schema)) {
    if (!['type', 'properties', 'title', 'description', 'x-designable-id'].includes(key)) throw new FormSchemaError('', `根节点不支持「${key}」`)
  }
  const linkages = new PendingLinkages()
  const fields = walkProperties('', schema as FormSchema, { prefix: [], container: 'root', linkages })
  return linkages.resolve(fields)
}
