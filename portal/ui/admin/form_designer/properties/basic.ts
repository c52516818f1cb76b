/** 字段标识, 标题, 必填, 说明, 占用列数 and a grid's 列数. */
import { columnsOf, MAX_COLUMNS, WHOLE_ROW, type DesignNode } from '../model'
import { keysInScope } from '../tree'
import { labelled, onSchema, type PanelContext, type Property } from './types'
import { numberOrUndefined, withKey, withNested } from './schema_edit'

export const IDENTIFIER = /^[a-zA-Z][a-zA-Z0-9]*$/

/** 字段标识 (栅格标识 or 分组标识 for a layout wrapper): checked here, renamed by the designer with the linkages that name it. */
export function keyProperty(ctx: PanelContext): Property {
  const taken = keysInScope(ctx.design, ctx.located.ancestors, ctx.located.node.id)
  const { kind, schema } = ctx.located.node
  const title = kind === 'grid' ? '栅格标识' : schema.type === 'void' ? '分组标识' : '字段标识'
  return {
    name: 'key',
    field: labelled(title, 'Input', {
      type: 'string',
      required: true,
      'x-validator': [
        { pattern: IDENTIFIER.source, message: '以英文字母开头，只含字母和数字' },
        (value: string) => (taken.has(value) ? `「${value}」已被同一层的其他字段使用` : ''),
      ],
    }),
    read: (node) => node.key,
  }
}

/** A table column's title lives on its ArrayTable.Column, where the table header and the phone read it. */
function writeTitle(node: DesignNode, value: unknown): DesignNode {
  const title = typeof value === 'string' ? value : ''
  if (!node.column) return { ...node, schema: withKey(node.schema, 'title', title) }
  const schema = withNested(withKey(node.column.schema, 'title', title), 'x-component-props', 'title', title)
  return { ...node, column: { ...node.column, schema } }
}

export const titleProperty: Property = {
  name: 'title',
  field: labelled('标题', 'Input', { type: 'string' }),
  read: (node) => {
    const column = node.column?.schema
    return (column ? (column.title ?? (column['x-component-props'] as { title?: string } | undefined)?.title) : node.schema.title) ?? ''
  },
  write: writeTitle,
}

export const requiredProperty: Property = {
  name: 'required',
  field: labelled('必填', 'Switch', { type: 'boolean' }),
  read: (node) => node.schema.required === true,
  write: onSchema((schema, value) => withKey(schema, 'required', value === true ? true : undefined)),
}

export const descriptionProperty: Property = {
  name: 'description',
  field: labelled('说明', 'Input.TextArea', { type: 'string', 'x-component-props': { rows: 2, placeholder: '显示在控件下方的提示' } }),
  read: (node) => node.schema.description ?? '',
  write: onSchema((schema, value) => withKey(schema, 'description', value)),
}

/** 占用列数 in the enclosing FormGrid (`x-decorator-props.gridSpan`; formily caps a span at the grid's width, so WHOLE_ROW is the whole row). */
export function gridSpanProperty(columns: number): Property {
  const choices = [...Array.from({ length: columns - 1 }, (_, i) => ({ label: `${i + 1} 列`, value: i + 1 })), { label: '整行', value: WHOLE_ROW }]
  return {
    name: 'gridSpan',
    field: labelled('占用列数', 'Radio.Group', { type: 'number', enum: choices, 'x-component-props': { optionType: 'button' } }),
    read: (node) => {
      const span = (node.schema['x-decorator-props'] as { gridSpan?: number } | undefined)?.gridSpan ?? 1
      return span >= columns ? WHOLE_ROW : span
    },
    write: onSchema((schema, value) => withNested(schema, 'x-decorator-props', 'gridSpan', value === 1 ? undefined : numberOrUndefined(value))),
  }
}

/** A FormGrid's column count, 1 to MAX_COLUMNS. */
export const columnsProperty: Property = {
  name: 'columns',
  field: labelled('列数', 'Radio.Group', {
    type: 'number',
    enum: Array.from({ length: MAX_COLUMNS }, (_, i) => ({ label: `${i + 1} 列`, value: i + 1 })),
    'x-component-props': { optionType: 'button' },
  }),
  read: (node) => columnsOf(node),
  write: onSchema((schema, value) => withNested(schema, 'x-component-props', 'maxColumns', numberOrUndefined(value))),
}
