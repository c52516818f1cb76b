/**
 * What the designer's buttons do to a design: add a field of a palette type
 * where the selection says, and rename a field together with the linkages
 * that name it.
 */
import { mainGrid, newGrid, newId, type DesignNode, type FormDesign, type SchemaJson } from './model'
import type { FieldType } from './field_types'
import { renameDependencies } from './linkage'
import { withNested } from './properties/schema_edit'
import { childrenOf, dataPath, insertNode, keysInScope, locate, mapAllNodes, tableOf, uniqueKey, updateNode } from './tree'

const CONTAINERS = new Set(['grid', 'layout', 'group', 'table'])

/** Where a new field goes: into the selected container, after the selected field, or at the end of the form's grid. */
function insertionPoint(design: FormDesign, selectedId: string | null): { parent?: DesignNode; ancestors: DesignNode[]; index: number } {
  const selected = selectedId ? locate(design, selectedId) : undefined
  if (selected && CONTAINERS.has(selected.node.kind)) {
    const children = selected.node.children ?? []
    // a table's 操作 column stays last
    const last = children.at(-1)
    const beforeRemove = selected.node.kind === 'table' && last?.kind === 'opaque' && JSON.stringify(last.schema).includes('ArrayTable.Remove')
    return { parent: selected.node, ancestors: [...selected.ancestors, selected.node], index: children.length - (beforeRemove ? 1 : 0) }
  }
  if (selected) {
    const parent = selected.ancestors.at(-1)
    const index = childrenOf(design, parent?.id ?? null).findIndex((n) => n.id === selected.node.id) + 1
    return { parent, ancestors: [...selected.ancestors], index }
  }
  const grid = mainGrid(design)
  return { parent: grid, ancestors: grid ? [grid] : [], index: (grid?.children ?? design.nodes).length }
}

const opaqueColumn = (key: string, title: string, inner: string, component: string): DesignNode => ({
  id: newId(),
  key,
  kind: 'opaque',
  schema: { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { title, width: title === '序号' ? 60 : 80 }, properties: { [inner]: { type: 'void', 'x-component': component } } },
})

function columnField(key: string, columnKey: string, title: string, schema: SchemaJson): DesignNode {
  const column = { key: columnKey, schema: { type: 'void', title, 'x-component': 'ArrayTable.Column', 'x-component-props': { title }, properties: {} } }
  return { id: newId(), key, kind: 'field', schema, column }
}

/** Whether a type may go where the selection points: tables hold no tables. */
export function canAdd(design: FormDesign, type: FieldType, selectedId: string | null): boolean {
  const { ancestors } = insertionPoint(design, selectedId)
  return !(type.component === 'ArrayTable' && ancestors.some((a) => a.kind === 'table'))
}

/** Adds a field of `type`; returns the new design and the new node's id (the designer selects it). */
export function addField(design: FormDesign, type: FieldType, selectedId: string | null, dictionary?: string): { design: FormDesign; id: string } {
  const { parent, ancestors, index } = insertionPoint(design, selectedId)
  const taken = keysInScope(design, ancestors)
  const key = uniqueKey(type.keyStem, taken)
  const created = type.create()
  if (type.features.includes('dictionary') && dictionary) created['x-data-source'] = { dictionary }
  let node: DesignNode
  if (parent?.kind === 'table') {
    node = columnField(key, uniqueKey('c', taken), type.label, created)
  } else {
    const schema: SchemaJson = { type: created.type, title: type.label, ...created }
    if (parent?.kind === 'grid' && type.wide) schema['x-decorator-props'] = { gridSpan: 3 }
    node = { id: newId(), key, kind: type.component === 'ArrayTable' ? 'table' : 'field', schema }
    if (type.component === 'ArrayTable') {
      const firstColumn = columnField('name', 'c1', '名称', { type: 'string', 'x-decorator': 'FormItem', 'x-component': 'Input', maxLength: 100 })
      node = { ...node, children: [opaqueColumn('c0', '序号', 'index', 'ArrayTable.Index'), firstColumn, opaqueColumn('operations', '操作', 'remove', 'ArrayTable.Remove')] }
    }
  }
  return { design: insertNode(design, parent?.id ?? null, index, node), id: node.id }
}

/** Gives a node a new identifier and points every linkage that named it (absolutely, or as a row sibling) at the new one. */
export function renameNode(design: FormDesign, id: string, key: string): FormDesign {
  const before = locate(design, id)
  if (!before || before.node.key === key) return design
  // a void wrapper's key is no data path: nothing depends on it
  if (before.node.schema.type === 'void') return updateNode(design, id, (node) => ({ ...node, key }))
  const table = tableOf(before)
  const oldPath = table ? undefined : dataPath(before)
  const renamed = updateNode(design, id, (node) => ({ ...node, key }))
  const newPath = table ? undefined : dataPath(locate(renamed, id)!)
  const rowSiblings = new Set(table?.children?.map((n) => n.id))
  const oldKey = before.node.key
  return mapAllNodes(renamed, (node) => {
    if (node.schema['x-reactions'] === undefined) return node
    const rename = (dep: string) => {
      if (oldPath !== undefined && newPath !== undefined && (dep === oldPath || dep.startsWith(`${oldPath}.`))) return newPath + dep.slice(oldPath.length)
      if (table && rowSiblings.has(node.id) && dep === `.${oldKey}`) return `.${key}`
      return dep
    }
    const reactions = renameDependencies(node.schema['x-reactions'], rename)
    return JSON.stringify(reactions) === JSON.stringify(node.schema['x-reactions']) ? node : { ...node, schema: { ...node.schema, 'x-reactions': reactions } }
  })
}

/** 列数 of the whole form: its grid's column count, or its plain fields laid out in a new grid. */
export function setColumns(design: FormDesign, columns: number): FormDesign {
  const grid = mainGrid(design)
  if (grid) return updateNode(design, grid.id, (node) => ({ ...node, schema: withNested(node.schema, 'x-component-props', 'maxColumns', columns) }))
  const taken = new Set(design.nodes.map((node) => node.key))
  return { ...design, nodes: [newGrid(taken.has('grid') ? uniqueKey('grid', taken) : 'grid', columns, design.nodes)] }
}
