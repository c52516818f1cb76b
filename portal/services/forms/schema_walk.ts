/** A formily schema node as stored in `*.form.json`; only the keys the portal reads are typed. */
export interface SchemaNode {
  type?: string
  format?: string
  title?: string
  properties?: Record<string, SchemaNode>
  items?: SchemaNode
  'x-component'?: string
  'x-validator'?: unknown
  [key: string]: unknown
}

/** A data field: its path pattern (array rows as `*`, void containers skipped) and its node. */
export interface SchemaField {
  readonly path: string
  readonly node: SchemaNode
}

/**
 * Every data field of a schema, depth first. Void nodes (layout: grids,
 * cards, ArrayTable columns) add no segment to the data path, as in formily;
 * an array's rows add `*`.
 */
export function schemaFields(root: SchemaNode): SchemaField[] {
  const fields: SchemaField[] = []
  const visit = (node: SchemaNode, base: string[]) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (child.type === 'void') {
        visit(child, base)
        continue
      }
      const path = [...base, key]
      fields.push({ path: path.join('.'), node: child })
      if (child.type === 'object') visit(child, path)
      if (child.type === 'array' && child.items) visit(child.items, [...path, '*'])
    }
  }
  visit(root, [])
  return fields
}

/** A concrete data path ("items.0.idNo") in pattern form ("items.*.idNo"). */
export function pathPattern(path: string): string {
  return path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? '*' : segment))
    .join('.')
}

/**
 * Calls `change` on every leaf value of `value` whose path matches one of
 * `patterns`, and returns a copy with the results; the input is not touched.
 */
export function mapLeaves(value: unknown, patterns: ReadonlySet<string>, change: (leaf: unknown) => unknown): unknown {
  if (patterns.size === 0) return value
  const walk = (node: unknown, path: string[]): unknown => {
    if (path.length && patterns.has(path.join('.'))) return change(node)
    if (Array.isArray(node)) return node.map((item) => walk(item, [...path, '*']))
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child, [...path, key])]))
    }
    return node
  }
  return walk(value, [])
}
