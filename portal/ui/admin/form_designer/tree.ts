/**
 * Pure operations on a FormDesign: find, change, insert, move and remove
 * nodes, and the paths the checker and the linkages use. Each returns a new
 * design; nodes that did not change keep their identity.
 */
import { LAYOUT_KINDS, type DesignNode, type FormDesign } from './model.js'

/** A node with the containers above it, outermost first. */
export interface Located {
  readonly node: DesignNode
  readonly ancestors: readonly DesignNode[]
}

/** Every node, depth first, with its ancestors. */
export function allNodes(nodes: readonly DesignNode[], ancestors: readonly DesignNode[] = []): Located[] {
  return nodes.flatMap((node) => [{ node, ancestors }, ...allNodes(node.children ?? [], [...ancestors, node])])
}

export function locate(design: FormDesign, id: string): Located | undefined {
  return allNodes(design.nodes).find((entry) => entry.node.id === id)
}

/** The nodes of a container (`null`: the root). */
export function childrenOf(design: FormDesign, parentId: string | null): readonly DesignNode[] {
  if (parentId === null) return design.nodes
  return locate(design, parentId)?.node.children ?? []
}

function rebuild(nodes: readonly DesignNode[], parentId: string | null, target: string | null, change: (list: DesignNode[]) => DesignNode[]): readonly DesignNode[] {
  const list = parentId === target ? change([...nodes]) : nodes
  let changed = list !== nodes
  const next = list.map((node) => {
    if (!node.children) return node
    const children = rebuild(node.children, node.id, target, change)
    if (children === node.children) return node
    changed = true
    return { ...node, children }
  })
  return changed ? next : nodes
}

/** Applies `change` to the child list of one container (`null`: the root). */
export function changeChildren(design: FormDesign, parentId: string | null, change: (list: DesignNode[]) => DesignNode[]): FormDesign {
  return { ...design, nodes: rebuild(design.nodes, null, parentId, change) }
}

/** Replaces one node by what `change` makes of it. */
export function updateNode(design: FormDesign, id: string, change: (node: DesignNode) => DesignNode): FormDesign {
  const found = locate(design, id)
  if (!found) return design
  const parentId = found.ancestors.at(-1)?.id ?? null
  return changeChildren(design, parentId, (list) => list.map((node) => (node.id === id ? change(node) : node)))
}

export function removeNode(design: FormDesign, id: string): FormDesign {
  const found = locate(design, id)
  if (!found) return design
  return changeChildren(design, found.ancestors.at(-1)?.id ?? null, (list) => list.filter((node) => node.id !== id))
}

export function insertNode(design: FormDesign, parentId: string | null, index: number, node: DesignNode): FormDesign {
  return changeChildren(design, parentId, (list) => [...list.slice(0, index), node, ...list.slice(index)])
}

/** Moves a node to another place among its siblings (drag and drop, 上移, 下移). */
export function moveNode(design: FormDesign, id: string, toIndex: number): FormDesign {
  const found = locate(design, id)
  if (!found) return design
  return changeChildren(design, found.ancestors.at(-1)?.id ?? null, (list) => {
    const from = list.findIndex((node) => node.id === id)
    if (toIndex < 0 || toIndex >= list.length || from === toIndex) return list
    const [moved] = list.splice(from, 1)
    list.splice(toIndex, 0, moved)
    return list
  })
}

/** The path the dialect checker names a node by: every property key from the root, void wrappers and table columns included. */
export function schemaPath({ node, ancestors }: Located): string {
  const segment = (n: DesignNode) => (n.column ? `${n.column.key}.${n.key}` : n.key)
  return [...ancestors, node].map(segment).join('.')
}

/** The table a node's row belongs to, if it sits in one. */
export function tableOf({ ancestors }: Located): DesignNode | undefined {
  return ancestors.findLast((a) => a.kind === 'table')
}

/** The data path of a node outside tables (`manager.name`): groups add their key, void wrappers do not. */
export function dataPath({ node, ancestors }: Located): string {
  return [...ancestors.filter((a) => a.kind === 'group' || a.kind === 'table'), node].map((n) => n.key).join('.')
}

/**
 * The keys an identifier must not repeat in a container (the ancestors of the
 * node, outermost first): every key in its data scope (the enclosing group,
 * table row or the root, looking through void wrappers), `selfId` excepted.
 */
export function keysInScope(design: FormDesign, ancestors: readonly DesignNode[], selfId?: string): Set<string> {
  const scope = ancestors.findLast((a) => a.kind === 'group' || a.kind === 'table')
  const keys = new Set<string>()
  const visit = (nodes: readonly DesignNode[]) => {
    for (const node of nodes) {
      if (node.id === selfId) continue
      keys.add(node.key)
      if (node.column) keys.add(node.column.key)
      if (LAYOUT_KINDS.has(node.kind)) visit(node.children ?? [])
    }
  }
  visit(scope ? (scope.children ?? []) : design.nodes)
  return keys
}

/** The id of a node's container (`null`: the root). */
export const parentIdOf = ({ ancestors }: Located): string | null => ancestors.at(-1)?.id ?? null

/** The node and everything below it, depth first. */
export function subtreeOf(node: DesignNode): DesignNode[] {
  return [node, ...(node.children ?? []).flatMap(subtreeOf)]
}

/**
 * The keys a node brings into the data scope it is put in: its own and, for a
 * void wrapper, those of the nodes it wraps (they share the scope), each with
 * the id of the node that carries it.
 */
export function scopeKeysOf(node: DesignNode): { id: string; key: string }[] {
  const own = { id: node.id, key: node.key }
  return LAYOUT_KINDS.has(node.kind) ? [own, ...(node.children ?? []).flatMap(scopeKeysOf)] : [own]
}

/** Applies `change` to every node of the design (children first are already changed when a parent is). */
export function mapAllNodes(design: FormDesign, change: (node: DesignNode) => DesignNode): FormDesign {
  const map = (nodes: readonly DesignNode[]): DesignNode[] => nodes.map((node) => change(node.children ? { ...node, children: map(node.children) } : node))
  return { ...design, nodes: map(design.nodes) }
}

/** `stem1`, `stem2` …: the first identifier not taken. */
export function uniqueKey(stem: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${stem}${n}`)) return `${stem}${n}`
}
