import type { CSSProperties } from 'react'
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined } from '@ant-design/icons'
import { Button, Empty, Space, Tag, Tooltip, Typography } from 'antd'
import { mainGrid, type DesignNode, type FormDesign } from './model'
import { describeNode, nodeMarks } from './node_label'
import { childrenOf, locate } from './tree'

export interface FieldListProps {
  design: FormDesign
  selectedId: string | null
  /** the checker's messages per node id */
  problems: ReadonlyMap<string, readonly string[]>
  onSelect: (id: string) => void
  onMove: (id: string, toIndex: number) => void
  onRemove: (id: string) => void
}

type RowProps = Omit<FieldListProps, 'design'> & { node: DesignNode; index: number; count: number; depth: number }

function FieldRow({ node, index, count, depth, selectedId, problems, onSelect, onMove, onRemove }: RowProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: node.id })
  const { title, type } = describeNode(node)
  const marks = nodeMarks(node)
  const messages = problems.get(node.id)
  const selected = node.id === selectedId
  const style: CSSProperties = {
    transform: CSS.Transform.toString(transform),
    transition,
    opacity: isDragging ? 0.6 : 1,
    marginLeft: depth * 20,
    padding: '4px 6px',
    marginBottom: 4,
    border: `1px solid ${messages ? '#ff4d4f' : selected ? '#1d4f91' : '#e5e5e5'}`,
    background: selected ? '#eef3fa' : '#fff',
    borderRadius: 6,
    cursor: 'pointer',
    userSelect: 'none',
    display: 'flex',
    alignItems: 'center',
    gap: 6,
  }
  const click = (action: () => void) => (event: { stopPropagation: () => void }) => {
    event.stopPropagation()
    action()
  }
  return (
    <div ref={setNodeRef} style={style} data-field={node.key} data-testid="field-row" aria-selected={selected} onClick={() => onSelect(node.id)}>
      <span {...attributes} {...listeners} aria-label="拖动排序" style={{ cursor: 'grab', color: '#999', touchAction: 'none' }}>
        <HolderOutlined />
      </span>
      <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {marks.required && <span style={{ color: '#ff4d4f' }}>* </span>}
        <Typography.Text strong>{title}</Typography.Text> <Typography.Text type="secondary" code>{node.key}</Typography.Text>
      </span>
      <Tag style={{ marginInlineEnd: 0 }}>{type}</Tag>
      {node.kind === 'opaque' && <Tag color="default">保留原样</Tag>}
      {marks.linked && <Tag color="blue">联动</Tag>}
      {messages && (
        <Tooltip title={messages.join('；')}>
          <Tag color="error">有误</Tag>
        </Tooltip>
      )}
      <Space.Compact>
        <Button size="small" type="text" aria-label="上移" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={click(() => onMove(node.id, index - 1))} />
        <Button size="small" type="text" aria-label="下移" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={click(() => onMove(node.id, index + 1))} />
        <Button size="small" type="text" danger aria-label="删除" icon={<DeleteOutlined />} onClick={click(() => onRemove(node.id))} />
      </Space.Compact>
    </div>
  )
}

function NodeList({ nodes, depth, ...rest }: Omit<RowProps, 'node' | 'index' | 'count'> & { nodes: readonly DesignNode[] }) {
  return (
    <SortableContext items={nodes.map((node) => node.id)} strategy={verticalListSortingStrategy}>
      {nodes.map((node, index) => (
        <div key={node.id}>
          <FieldRow node={node} index={index} count={nodes.length} depth={depth} {...rest} />
          {node.children && <NodeList nodes={node.children} depth={depth + 1} {...rest} />}
        </div>
      ))}
    </SortableContext>
  )
}

/**
 * 字段: the form's nodes as a tree (the form's own grid is not shown, its
 * fields are the top level). Rows reorder among their siblings by drag or by
 * 上移/下移; into another container a node goes by the properties panel's
 * 移到…, which also renames what collides and rewrites linkages.
 */
export function FieldList({ design, ...rest }: FieldListProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))
  const grid = mainGrid(design)
  const top = grid ? (grid.children ?? []) : design.nodes
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = locate(design, String(active.id))
    const to = locate(design, String(over.id))
    const parentId = to?.ancestors.at(-1)?.id ?? null
    if (!from || !to || (from.ancestors.at(-1)?.id ?? null) !== parentId) return
    rest.onMove(String(active.id), childrenOf(design, parentId).findIndex((node) => node.id === over.id))
  }
  if (!top.length) return <Empty description="还没有字段：点击左侧组件添加" />
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <div data-testid="designer-fields">
        <NodeList nodes={top} depth={0} {...rest} />
      </div>
    </DndContext>
  )
}
