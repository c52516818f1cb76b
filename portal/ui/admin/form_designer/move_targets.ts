/** 移到…: the places a node may be moved to, each with why it may not when it may not. */
import { CONTAINER_KINDS, type FormDesign } from './model.js'
import { describeNode } from './node_label.js'
import { moveRefusal } from './operations.js'
import { allNodes, dataPath, locate, parentIdOf, subtreeOf } from './tree.js'

export interface MoveTarget {
  /** the container's node id; null: the form itself */
  readonly id: string | null
  readonly label: string
  /** how deep the container sits, for indenting the choice */
  readonly depth: number
  /** why the node may not go there */
  readonly refusal?: string
  /** where the node is now */
  readonly current: boolean
}

/**
 * The form and every container outside the node itself, in tree order. An
 * object group names its data path, since moving into it changes the moved
 * fields' paths.
 */
export function moveTargets(design: FormDesign, id: string): MoveTarget[] {
  const located = locate(design, id)
  if (!located) return []
  const own = new Set(subtreeOf(located.node).map((n) => n.id))
  const parent = parentIdOf(located)
  const containers = allNodes(design.nodes).filter((entry) => CONTAINER_KINDS.has(entry.node.kind) && !own.has(entry.node.id))
  return [
    { id: null, label: '表单（最外层）', depth: 0, refusal: moveRefusal(design, id, null), current: parent === null },
    ...containers.map((entry) => {
      const { title, type } = describeNode(entry.node)
      const label = entry.node.kind === 'group' ? `${type}：${title}（数据路径 ${dataPath(entry)}.…）` : `${type}：${title}`
      return { id: entry.node.id, label, depth: entry.ancestors.length + 1, refusal: moveRefusal(design, id, entry.node.id), current: parent === entry.node.id }
    }),
  ]
}
