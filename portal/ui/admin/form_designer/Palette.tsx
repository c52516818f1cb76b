import { Button, Tooltip, Typography } from 'antd'
import { FIELD_TYPES, type FieldType } from './field_types'

const GROUPS: readonly FieldType['group'][] = ['基础', '选择', '业务', '子表']

export interface PaletteProps {
  onAdd: (type: FieldType) => void
  canAdd: (type: FieldType) => boolean
}

/** 组件: one button per field type, named by its Chinese label; a click adds the field where the selection points. */
export function Palette({ onAdd, canAdd }: PaletteProps) {
  return (
    <div data-testid="designer-palette">
      {GROUPS.map((group) => (
        <div key={group} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{group}</Typography.Text>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6, marginTop: 4 }}>
            {FIELD_TYPES.filter((type) => type.group === group).map((type) => {
              const allowed = canAdd(type)
              const button = (
                <Button key={type.component} size="small" autoInsertSpace={false} disabled={!allowed} onClick={() => onAdd(type)}>
                  {type.label}
                </Button>
              )
              return allowed ? button : <Tooltip key={type.component} title="子表中不能再放子表">{button}</Tooltip>
            })}
          </div>
        </div>
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        新字段加在所选字段之后；选中分组或子表时加在其中（子表中即为一列）。
      </Typography.Paragraph>
    </div>
  )
}
