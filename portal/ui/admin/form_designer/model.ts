/**
 * The designer's view of a form schema: a tree of nodes it can reorder and
 * edit, built so that `buildSchema(parseSchema(s))` gives back `s` key for key.
 * Whatever the designer does not understand becomes an opaque node and is
 * written back exactly as it was read.
 *
 * The designer's pure modules import each other with `.js`, as Node's ESM
 * wants: the unit suite runs them without a bundler.
 */
import { fieldTypeOf } from './field_types.js'

/** A schema node as JSON; the designer reads the keys it knows and carries the rest through. */
export type SchemaJson = Record<string, unknown>

/**
 * field: a data field of a palette type; table: an ArrayTable whose children are its columns;
 * grid / section / layout: FormGrid / FormSection (a titled 分组) / FormLayout (or bare) void
 * wrappers; group: an object of fields (its key joins its fields' data paths);
 * opaque: anything else, kept verbatim.
 */
export type NodeKind = 'field' | 'table' | 'grid' | 'section' | 'layout' | 'group' | 'opaque'

/** Void wrappers: layout only, transparent to data paths and to the data scope a key must be unique in. */
export const LAYOUT_KINDS: ReadonlySet<NodeKind> = new Set(['grid', 'section', 'layout'])

/** Nodes that hold others: what a new node or a moved one can be put in. */
export const CONTAINER_KINDS: ReadonlySet<NodeKind> = new Set(['grid', 'section', 'layout', 'group', 'table'])

/** What a FormGrid may be set to (列数). */
export const MAX_COLUMNS = 4

/** `gridSpan` of a whole-row item: formily caps a span at the grid's column count, so the widest grid's count fits every grid. */
export const WHOLE_ROW = MAX_COLUMNS

export interface DesignNode {
  readonly id: string
  readonly key: string
  readonly kind: NodeKind
  /** The node's own schema; where children are rebuilt, `properties` is an empty placeholder that keeps the key's position. */
  readonly schema: SchemaJson
  /** A table column's `ArrayTable.Column` wrapper around this field: its key and schema (the column title lives there). */
  readonly column?: { readonly key: string; readonly schema: SchemaJson }
  readonly children?: readonly DesignNode[]
}

/** A whole form: the root schema (its `properties` a placeholder) and its top-level nodes. */
export interface FormDesign {
  readonly root: SchemaJson
  readonly nodes: readonly DesignNode[]
}

let lastId = 0

/** A designer-only id: nodes keep it while their key is edited. */
export const newId = () => `node${++lastId}`

export const isObject = (value: unknown): value is SchemaJson => typeof value === 'object' && value !== null && !Array.isArray(value)

const CONTAINER_COMPONENTS: Record<string, NodeKind> = { FormGrid: 'grid', FormSection: 'section', FormLayout: 'layout' }

function parseChildren(properties: unknown, inRow: boolean): DesignNode[] {
  if (!isObject(properties)) return []
  return Object.entries(properties).map(([key, child]) => (isObject(child) ? parseNode(key, child, inRow) : { id: newId(), key, kind: 'opaque', schema: child as SchemaJson }))
}

/** A row's `ArrayTable.Column` that wraps exactly one palette field is that field; other columns (序号, 操作) stay opaque. */
function parseColumn(key: string, schema: SchemaJson): DesignNode {
  const inner = isObject(schema.properties) ? Object.entries(schema.properties) : []
  const [entry] = inner
  if (schema['x-component'] !== 'ArrayTable.Column' || inner.length !== 1 || !isObject(entry[1]) || !fieldTypeOf(entry[1])) {
    return { id: newId(), key, kind: 'opaque', schema }
  }
  return { id: newId(), key: entry[0], kind: 'field', schema: entry[1], column: { key, schema: { ...schema, properties: {} } } }
}

function parseNode(key: string, schema: SchemaJson, inRow: boolean): DesignNode {
  if (inRow) return parseColumn(key, schema)
  const component = schema['x-component'] as string | undefined
  const id = newId()
  if (schema.type === 'void' && isObject(schema.properties) && (component === undefined || component in CONTAINER_COMPONENTS)) {
    return { id, key, kind: component ? CONTAINER_COMPONENTS[component] : 'layout', schema: { ...schema, properties: {} }, children: parseChildren(schema.properties, false) }
  }
  if (schema.type === 'object' && component === undefined && isObject(schema.properties)) {
    return { id, key, kind: 'group', schema: { ...schema, properties: {} }, children: parseChildren(schema.properties, false) }
  }
  const items = schema.items
  if (component === 'ArrayTable' && isObject(items) && isObject(items.properties)) {
    return { id, key, kind: 'table', schema: { ...schema, items: { ...items, properties: {} } }, children: parseChildren(items.properties, true) }
  }
  return { id, key, kind: fieldTypeOf(schema) ? 'field' : 'opaque', schema }
}

/** Reads a stored schema; a form not written yet (`null`) or still without fields opens empty, laid out in a two-column grid. */
export function parseSchema(schema: SchemaJson | null, title = ''): FormDesign {
  const root = schema ? { ...schema, properties: {} } : { type: 'object', title, properties: {} }
  const nodes = parseChildren(schema?.properties, false)
  return { root, nodes: nodes.length ? nodes : [newGrid('grid', 2)] }
}

/**
 * A FormGrid void wrapper with the given column count. strictAutoFit keeps the
 * count as set, and makes a whole-row field start a new row instead of
 * filling what is left of the current one.
 */
export function newGrid(key: string, columns: number, children: readonly DesignNode[] = []): DesignNode {
  const props = { maxColumns: columns, strictAutoFit: true }
  return { id: newId(), key, kind: 'grid', schema: { type: 'void', 'x-component': 'FormGrid', 'x-component-props': props, properties: {} }, children }
}

/** 分组: a titled void section (FormSection); its fields keep their data paths. */
export function newSection(key: string, title: string, children: readonly DesignNode[] = []): DesignNode {
  return { id: newId(), key, kind: 'section', schema: { type: 'void', title, 'x-component': 'FormSection', properties: {} }, children }
}

function buildProperties(nodes: readonly DesignNode[]): SchemaJson {
  return Object.fromEntries(nodes.map((node) => buildNode(node)))
}

function buildNode(node: DesignNode): [string, unknown] {
  let schema: SchemaJson = node.schema
  if (node.kind === 'table') schema = { ...schema, items: { ...(schema.items as SchemaJson), properties: buildProperties(node.children ?? []) } }
  else if (node.children) schema = { ...schema, properties: buildProperties(node.children) }
  if (node.column) return [node.column.key, { ...node.column.schema, properties: { [node.key]: schema } }]
  return [node.key, schema]
}

/** The schema to store and render. */
export function buildSchema(design: FormDesign): SchemaJson {
  return { ...design.root, properties: buildProperties(design.nodes) }
}

/** What a node is called in the list and in linkage choices: a column's title, else the field's, else its key. */
export function titleOf(node: DesignNode): string {
  const column = node.column?.schema
  const title = column ? (column.title ?? (column['x-component-props'] as { title?: unknown } | undefined)?.title) : node.schema.title
  return typeof title === 'string' && title ? title : node.key
}

/** The grid the designer lays new fields in: the root's only node when it is a FormGrid (as the designer creates forms). */
export function mainGrid(design: FormDesign): DesignNode | undefined {
  const [only] = design.nodes
  return design.nodes.length === 1 && only.kind === 'grid' ? only : undefined
}

/** How many columns a FormGrid lays out (formily's default without maxColumns is as many as fit; 1 is the safe reading). */
export function columnsOf(grid: DesignNode): number {
  const props = grid.schema['x-component-props']
  return isObject(props) && typeof props.maxColumns === 'number' ? props.maxColumns : 1
}
