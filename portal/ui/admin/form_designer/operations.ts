/**
 * What the designer's buttons do to a design: add a field of a palette type
 * or a layout container where the selection says, rename a node, and move one
 * into another container, together with the linkages that name what moved.
 */
import { CONTAINER_KINDS, LAYOUT_KINDS, mainGrid, newGrid, newId, newSection, WHOLE_ROW, type DesignNode, type FormDesign, type SchemaJson } from './model.js'
import { fieldTypeOf, type FieldType, type LayoutType } from './field_types.js'
import { renameDependencies } from './linkage.js'
import { withNested } from './properties/schema_edit.js'
import {
  allNodes, childrenOf, dataPath, insertNode, keysInScope, locate, mapAllNodes, parentIdOf, removeNode, scopeKeysOf, subtreeOf, tableOf, uniqueKey, updateNode,
} from './tree.js'

/** Where a new node goes: into the selected container, after the selected node, or at the end of the form's grid. */
function insertionPoint(design: FormDesign, selectedId: string | null): { parent?: DesignNode; ancestors: DesignNode[]; index: number } {
  const selected = selectedId ? locate(design, selectedId) : undefined
  if (selected && CONTAINER_KINDS.has(selected.node.kind)) {
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

/**
 * A node as it sits in `parent`: in a FormGrid a layout container spans the
 * whole row (FormGrid.GridColumn is the dialect's decorator for that) and a
 * wide field without a span of its own does too; elsewhere the column wrapper goes.
 */
function placedIn(node: DesignNode, parent: DesignNode | undefined): DesignNode {
  const inGrid = parent?.kind === 'grid'
  if (LAYOUT_KINDS.has(node.kind)) {
    if (inGrid && node.schema['x-decorator'] === undefined) {
      return { ...node, schema: { ...node.schema, 'x-decorator': 'FormGrid.GridColumn', 'x-decorator-props': { gridSpan: WHOLE_ROW } } }
    }
    if (!inGrid && node.schema['x-decorator'] === 'FormGrid.GridColumn') {
      const { 'x-decorator': _decorator, 'x-decorator-props': _props, ...schema } = node.schema
      return { ...node, schema }
    }
    return node
  }
  const span = (node.schema['x-decorator-props'] as { gridSpan?: unknown } | undefined)?.gridSpan
  if (inGrid && span === undefined && fieldTypeOf(node.schema)?.wide) return { ...node, schema: withNested(node.schema, 'x-decorator-props', 'gridSpan', WHOLE_ROW) }
  return node
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
    node = placedIn({ id: newId(), key, kind: type.component === 'ArrayTable' ? 'table' : 'field', schema }, parent)
    if (type.component === 'ArrayTable') {
      const firstColumn = columnField('name', 'c1', '名称', { type: 'string', 'x-decorator': 'FormItem', 'x-component': 'Input', maxLength: 100 })
      node = { ...node, children: [opaqueColumn('c0', '序号', 'index', 'ArrayTable.Index'), firstColumn, opaqueColumn('operations', '操作', 'remove', 'ArrayTable.Remove')] }
    }
  }
  return { design: insertNode(design, parent?.id ?? null, index, node), id: node.id }
}

/** A data path that changed: every linkage naming it, or a field below it, is pointed at the new one. */
export interface PathChange {
  readonly from: string
  readonly to: string
}

function relink(design: FormDesign, changes: readonly PathChange[], rowRename?: { rowIds: ReadonlySet<string>; from: string; to: string }): FormDesign {
  if (!changes.length && !rowRename) return design
  return mapAllNodes(design, (node) => {
    if (node.schema['x-reactions'] === undefined) return node
    const rename = (dep: string) => {
      const change = changes.find(({ from }) => dep === from || dep.startsWith(`${from}.`))
      if (change) return change.to + dep.slice(change.from.length)
      if (rowRename?.rowIds.has(node.id) && dep === `.${rowRename.from}`) return `.${rowRename.to}`
      return dep
    }
    const reactions = renameDependencies(node.schema['x-reactions'], rename)
    return JSON.stringify(reactions) === JSON.stringify(node.schema['x-reactions']) ? node : { ...node, schema: { ...node.schema, 'x-reactions': reactions } }
  })
}

/** Gives a node a new identifier and points every linkage that named it (absolutely, or as a row sibling) at the new one. */
export function renameNode(design: FormDesign, id: string, key: string): FormDesign {
  const before = locate(design, id)
  if (!before || before.node.key === key) return design
  const renamed = updateNode(design, id, (node) => ({ ...node, key }))
  // a void wrapper's key is no data path: nothing depends on it
  if (before.node.schema.type === 'void') return renamed
  const table = tableOf(before)
  if (table) return relink(renamed, [], { rowIds: new Set(table.children?.map((n) => n.id)), from: before.node.key, to: key })
  return relink(renamed, [{ from: dataPath(before), to: dataPath(locate(renamed, id)!) }])
}

/** Whether a layout container may go where the selection points: not into a table, whose rows hold columns only. */
export function canAddLayout(design: FormDesign, selectedId: string | null): boolean {
  const { parent, ancestors } = insertionPoint(design, selectedId)
  return parent?.kind !== 'table' && !ancestors.some((a) => a.kind === 'table')
}

/** Adds a 栅格 (two columns until set otherwise) or a 分组 where the selection points; returns the design and the new node's id. */
export function addLayout(design: FormDesign, type: LayoutType, selectedId: string | null): { design: FormDesign; id: string } {
  if (!canAddLayout(design, selectedId)) return { design, id: '' }
  const { parent, ancestors, index } = insertionPoint(design, selectedId)
  const key = uniqueKey(type.keyStem, keysInScope(design, ancestors))
  const node = placedIn(type.kind === 'grid' ? newGrid(key, 2) : newSection(key, '新分组'), parent)
  return { design: insertNode(design, parent?.id ?? null, index, node), id: node.id }
}

/** Why a node may not be moved into a container (`null`: the form itself), or undefined when it may. */
export function moveRefusal(design: FormDesign, id: string, targetId: string | null): string | undefined {
  const from = locate(design, id)
  if (!from) return '所选节点不存在'
  if (tableOf(from)) return '子表的列只能在本子表内调整顺序'
  if (targetId === null) return undefined
  const target = locate(design, targetId)
  if (!target || !CONTAINER_KINDS.has(target.node.kind)) return '只能移入栅格、分组或对象分组'
  if (target.node.kind === 'table' || tableOf(target)) return '不能移入子表：子表的列请选中子表后从组件面板添加'
  if (targetId === id || target.ancestors.some((a) => a.id === id)) return '不能移入自身'
  return undefined
}

/** What a move did besides moving: identifiers taken in the target scope, and data paths that changed (their linkages follow). */
export interface MoveResult {
  readonly design: FormDesign
  readonly renamed: readonly { readonly from: string; readonly to: string }[]
  readonly paths: readonly PathChange[]
}

/** Data paths, by node id, of the data nodes of a subtree outside tables (a table itself has one). */
function subtreePaths(design: FormDesign, root: DesignNode): Map<string, string> {
  const ids = new Set(subtreeOf(root).map((n) => n.id))
  const inside = allNodes(design.nodes).filter((entry) => ids.has(entry.node.id) && entry.node.schema.type !== 'void' && !tableOf(entry))
  return new Map(inside.map((entry) => [entry.node.id, dataPath(entry)]))
}

function withKeys(node: DesignNode, keys: ReadonlyMap<string, string>): DesignNode {
  const key = keys.get(node.id) ?? node.key
  const children = node.children?.map((child) => withKeys(child, keys))
  return key === node.key && !children ? node : { ...node, key, ...(children ? { children } : {}) }
}

/**
 * Moves a node to the end of another container (`null`: the form itself).
 * An identifier the target's data scope already has is renamed (`files` →
 * `files1`); moving in or out of an object group changes data paths, and
 * every linkage naming a moved field is rewritten. Tables are no target and
 * their columns do not leave them.
 */
export function moveInto(design: FormDesign, id: string, targetId: string | null): MoveResult {
  const from = locate(design, id)
  if (!from || moveRefusal(design, id, targetId) || parentIdOf(from) === targetId) return { design, renamed: [], paths: [] }
  const before = subtreePaths(design, from.node)
  const detached = removeNode(design, id)
  const target = targetId === null ? undefined : locate(detached, targetId)
  const taken = keysInScope(detached, target ? [...target.ancestors, target.node] : [])
  const keys = new Map<string, string>()
  const renamed: { from: string; to: string }[] = []
  for (const { id: carrier, key } of scopeKeysOf(from.node)) {
    const fresh = taken.has(key) ? uniqueKey(key, taken) : key
    taken.add(fresh)
    if (fresh === key) continue
    keys.set(carrier, fresh)
    renamed.push({ from: key, to: fresh })
  }
  const node = placedIn(withKeys(from.node, keys), target?.node)
  const moved = insertNode(detached, targetId, childrenOf(detached, targetId).length, node)
  const after = subtreePaths(moved, node)
  const paths = [...before].flatMap(([nodeId, path]) => (after.get(nodeId) === path ? [] : [{ from: path, to: after.get(nodeId)! }]))
  return { design: relink(moved, paths), renamed, paths }
}

/** 列数 of the whole form: its grid's column count, or its plain fields laid out in a new grid. */
export function setColumns(design: FormDesign, columns: number): FormDesign {
  const grid = mainGrid(design)
  if (grid) return updateNode(design, grid.id, (node) => ({ ...node, schema: withNested(node.schema, 'x-component-props', 'maxColumns', columns) }))
  const taken = new Set(design.nodes.map((node) => node.key))
  return { ...design, nodes: [newGrid(taken.has('grid') ? uniqueKey('grid', taken) : 'grid', columns, design.nodes)] }
}
