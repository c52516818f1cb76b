import { Alert, Select, Space, Tooltip, Typography } from 'antd'
import type { FormDesign } from './model'
import { moveTargets } from './move_targets'
import { tableOf, type Located } from './tree'

const FORM = '__form__'

export interface MoveToProps {
  design: FormDesign
  located: Located
  /** `null`: the form itself */
  onMove: (id: string, targetId: string | null) => void
  /** what the last move of this node did besides moving (renames, changed data paths) */
  notice?: readonly string[]
}

/**
 * 移到…: puts the selected node at the end of another 栅格, 分组 or object
 * group, or of the form itself. Sub-tables are listed but refused, and a
 * table's columns do not leave it: rows hold columns only.
 */
export function MoveTo({ design, located, onMove, notice }: MoveToProps) {
  const id = located.node.id
  const targets = moveTargets(design, id)
  const inTable = Boolean(tableOf(located))
  const select = (
    <Select
      aria-label="移到"
      size="small"
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      disabled={inTable}
      value={targets.find((t) => t.current)?.id ?? FORM}
      options={targets.map((target) => ({
        value: target.id ?? FORM,
        disabled: target.current || Boolean(target.refusal),
        title: target.refusal,
        label: (
          <span style={{ paddingLeft: target.depth * 12 }}>
            {target.label}
            {target.refusal && <Typography.Text type="secondary">（{target.refusal}）</Typography.Text>}
          </span>
        ),
      }))}
      onChange={(value: string) => onMove(id, value === FORM ? null : value)}
    />
  )
  return (
    <div style={{ marginBottom: 12 }} data-testid="designer-move">
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text>移到…</Typography.Text>
        {inTable ? (
          <Tooltip title="子表的列只能在本子表内调整顺序">
            <span style={{ display: 'block' }}>{select}</span>
          </Tooltip>
        ) : (
          select
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {inTable ? '子表的列不能移出子表。' : '移到所选容器的末尾。移入或移出对象分组会改变数据路径，引用它的联动随之更新；目标中已有同名标识时自动改名。'}
        </Typography.Text>
        {notice && notice.length > 0 && <Alert type="warning" showIcon data-testid="move-notice" message={notice.map((line) => <div key={line}>{line}</div>)} />}
      </Space>
    </div>
  )
}
