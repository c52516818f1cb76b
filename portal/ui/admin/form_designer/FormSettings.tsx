import { Input, Radio, Space, Tooltip, Typography } from 'antd'
import { columnsOf, mainGrid, MAX_COLUMNS, type FormDesign } from './model'

export interface FormSettingsProps {
  design: FormDesign
  onTitle: (title: string) => void
  onColumns: (columns: number) => void
}

/** Whether 列数 can apply to the whole form: it has its own grid, or only plain fields that a new grid can take. */
export function columnsSettable(design: FormDesign): boolean {
  return Boolean(mainGrid(design)) || design.nodes.every((node) => node.kind === 'field' || node.kind === 'table')
}

/** 表单设置: the form's name and how many columns its grid lays fields out in. */
export function FormSettings({ design, onTitle, onColumns }: FormSettingsProps) {
  const grid = mainGrid(design)
  const settable = columnsSettable(design)
  const columns = (
    <Radio.Group
      aria-label="列数"
      optionType="button"
      size="small"
      disabled={!settable}
      value={grid ? columnsOf(grid) : 1}
      options={Array.from({ length: MAX_COLUMNS }, (_, i) => ({ label: `${i + 1} 列`, value: i + 1 }))}
      onChange={(event) => onColumns(event.target.value as number)}
    />
  )
  return (
    <Space wrap size="middle">
      <Space>
        <Typography.Text>表单名称</Typography.Text>
        <Input aria-label="表单名称" value={String(design.root.title ?? '')} onChange={(event) => onTitle(event.target.value)} style={{ width: 240 }} />
      </Space>
      <Space>
        <Typography.Text>列数</Typography.Text>
        {settable ? columns : <Tooltip title="本表单由多个栅格或分组组成：请选中各栅格，在属性中设置列数">{columns}</Tooltip>}
      </Space>
    </Space>
  )
}
