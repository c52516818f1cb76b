/** 选项 of 下拉选择 / 单选 / 多选: a list typed here, or a 数据字典 (`x-data-source: { dictionary }`). */
import type { ISchema } from '@formily/json-schema'
import { isObject, type SchemaJson } from '../model'
import { labelled, onSchema, type PanelContext, type Property } from './types'
import { withKey } from './schema_edit'

interface OptionRow {
  label?: string
  value?: string
}

type Choice = string | number | boolean | { label?: string; value: string | number | boolean }

const DEFAULT_OPTIONS = ['选项1', '选项2']

function readOptions(schema: SchemaJson): OptionRow[] {
  const choices = Array.isArray(schema.enum) ? (schema.enum as Choice[]) : []
  return choices.map((choice) =>
    isObject(choice) ? { label: String(choice.label ?? choice.value), value: String(choice.value) } : { label: String(choice), value: typeof choice === 'string' ? '' : String(choice) }
  )
}

/** The typed list as `enum`: plain values when each value is its text, `{ label, value }` otherwise; values take the field's type. */
function enumOf(rows: OptionRow[], type: unknown): Choice[] {
  const typed = (text: string): string | number | boolean => (type === 'number' ? Number(text) : type === 'boolean' ? text === 'true' : text)
  const filled = rows.filter((row) => row.label?.trim())
  const plain = filled.every((row) => !row.value || row.value === row.label)
  if (plain && (type === 'string' || type === 'array' || type === undefined)) return filled.map((row) => row.label!.trim())
  return filled.map((row) => ({ label: row.label!.trim(), value: typed(row.value || row.label!.trim()) }))
}

const dictionaryOf = (schema: SchemaJson) => (isObject(schema['x-data-source']) ? (schema['x-data-source'].dictionary as string | undefined) : undefined)

const whenSource = (source: 'enum' | 'dictionary'): ISchema['x-reactions'] => ({
  dependencies: ['optionSource'],
  fulfill: { state: { visible: `{{$deps[0] === '${source}'}}` } },
})

/** 字典: which dictionary; a new field without one gets the first, so it is never saved blank by accident. */
export function dictionaryProperty(ctx: PanelContext, onlySource: boolean): Property {
  const first = ctx.dictionaries[0]?.name ?? ''
  return {
    name: 'dictionary',
    field: labelled('数据字典', 'Select', {
      type: 'string',
      enum: ctx.dictionaries.map((d) => ({ label: `${d.title}（${d.name}）`, value: d.name })),
      'x-component-props': { showSearch: true, optionFilterProp: 'label' },
      ...(onlySource ? {} : { 'x-reactions': whenSource('dictionary') }),
    }),
    read: (node) => dictionaryOf(node.schema) || first,
    write: onSchema((schema, value) => withKey(schema, 'x-data-source', { dictionary: typeof value === 'string' ? value : '' })),
  }
}

export function optionProperties(ctx: PanelContext): Property[] {
  const source: Property = {
    name: 'optionSource',
    field: labelled('选项来源', 'Radio.Group', {
      type: 'string',
      enum: [
        { label: '固定选项', value: 'enum' },
        { label: '数据字典', value: 'dictionary' },
      ],
      'x-component-props': { optionType: 'button' },
    }),
    read: (node) => (dictionaryOf(node.schema) === undefined ? 'enum' : 'dictionary'),
    write: (node, value, values) => {
      if (value === 'dictionary') return { ...node, schema: withKey(withKey(node.schema, 'enum', undefined), 'x-data-source', { dictionary: values.dictionary ?? '' }) }
      const rows = enumOf((values.options as OptionRow[] | undefined) ?? [], node.schema.type)
      return { ...node, schema: withKey(withKey(node.schema, 'x-data-source', undefined), 'enum', rows.length ? rows : DEFAULT_OPTIONS) }
    },
  }
  const options: Property = {
    name: 'options',
    field: {
      type: 'array',
      title: '选项',
      'x-decorator': 'FormItem',
      'x-component': 'ArrayItems',
      'x-reactions': whenSource('enum'),
      items: {
        type: 'object',
        properties: {
          row: {
            type: 'void',
            'x-component': 'Space',
            properties: {
              sort: { type: 'void', 'x-component': 'ArrayItems.SortHandle' },
              label: { type: 'string', 'x-component': 'Input', 'x-component-props': { placeholder: '选项文本', 'aria-label': '选项文本' } },
              value: { type: 'string', 'x-component': 'Input', 'x-component-props': { placeholder: '值（默认同文本）', 'aria-label': '选项值', style: { width: 120 } } },
              remove: { type: 'void', 'x-component': 'ArrayItems.Remove' },
            },
          },
        },
      },
      properties: { add: { type: 'void', title: '添加选项', 'x-component': 'ArrayItems.Addition' } },
    },
    read: (node) => readOptions(node.schema),
    write: onSchema((schema, value) => withKey(schema, 'enum', enumOf((value as OptionRow[]) ?? [], schema.type))),
  }
  return [source, options, dictionaryProperty(ctx, false)]
}
