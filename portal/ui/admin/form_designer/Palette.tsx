import { Button, Tooltip, Typography } from 'antd'
import type { ReactNode } from 'react'
import { FIELD_TYPES, LAYOUT_TYPES, type FieldType, type LayoutType } from './field_types'

const GROUPS: readonly FieldType['group'][] = ['基础', '选择', '业务', '子表']

export interface PaletteProps {
  onAdd: (type: FieldType) => void
  canAdd: (type: FieldType) => boolean
  onAddLayout: (type: LayoutType) => void
  /** layout containers cannot go into a table */
  canAddLayout: boolean
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6, marginTop: 4 }}>{children}</div>
    </div>
  )
}

function Item({ label, allowed, why, onClick }: { label: string; allowed: boolean; why: string; onClick: () => void }) {
  const button = (
    <Button size="small" autoInsertSpace={false} disabled={!allowed} onClick={onClick}>
      {label}
    </Button>
  )
  return allowed ? button : <Tooltip title={why}>{button}</Tooltip>
}

/** 组件: one button per field type, named by its Chinese label, and the 布局 containers; a click adds where the selection points. */
export function Palette({ onAdd, canAdd, onAddLayout, canAddLayout }: PaletteProps) {
  return (
    <div data-testid="designer-palette">
      {GROUPS.map((group) => (
        <Group key={group} title={group}>
          {FIELD_TYPES.filter((type) => type.group === group).map((type) => (
            <Item key={type.component} label={type.label} allowed={canAdd(type)} why="子表中不能再放子表" onClick={() => onAdd(type)} />
          ))}
        </Group>
      ))}
      <Group title="布局">
        {LAYOUT_TYPES.map((type) => (
          <Item key={type.kind} label={type.label} allowed={canAddLayout} why="子表中只能放字段（列），不能放栅格或分组" onClick={() => onAddLayout(type)} />
        ))}
      </Group>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        新字段加在所选字段之后；选中栅格、分组或子表时加在其中（子表中即为一列）。栅格按列排布字段，分组带标题；二者都不改变字段的数据路径。
      </Typography.Paragraph>
    </div>
  )
}
