import { fieldTypeOf } from './field_types.js'
import { readLinkages } from './linkage.js'
import { columnsOf, isObject, titleOf, type DesignNode } from './model.js'

// 分组 is the titled layout section; an object group also changes its fields' data paths, so it says so
const CONTAINER_LABELS = { section: '分组', group: '对象分组', table: '子表', layout: '布局' } as const

/** A row's name and type in the field list. Opaque nodes say what they are, for 序号 and 操作 columns by name. */
export function describeNode(node: DesignNode): { title: string; type: string } {
  if (node.kind === 'grid') return { title: node.key, type: `栅格（${columnsOf(node)} 列）` }
  if (node.kind === 'opaque') {
    const text = JSON.stringify(node.schema)
    if (text.includes('"ArrayTable.Index"')) return { title: '序号列', type: '子表列' }
    if (text.includes('"ArrayTable.Remove"')) return { title: '操作列', type: '子表列' }
    const props = isObject(node.schema) ? node.schema['x-component-props'] : undefined
    const title = (node.schema?.title ?? (isObject(props) ? props.title : undefined) ?? node.key) as string
    return { title, type: String(node.schema?.['x-component'] ?? node.schema?.type ?? '未识别') }
  }
  if (node.kind in CONTAINER_LABELS) return { title: titleOf(node), type: CONTAINER_LABELS[node.kind as keyof typeof CONTAINER_LABELS] }
  return { title: titleOf(node), type: fieldTypeOf(node.schema)?.label ?? String(node.schema['x-component']) }
}

/** Whether the list marks a node as 必填 and 联动. */
export function nodeMarks(node: DesignNode): { required: boolean; linked: boolean } {
  const reactions = node.schema?.['x-reactions']
  const linkages = readLinkages(reactions)
  return { required: node.schema?.required === true || Boolean(linkages?.required), linked: reactions !== undefined }
}
