import { Button, Drawer, Typography } from 'antd'
import type { SchemaJson } from './model'

/** 查看 JSON: the schema exactly as 保存 would store it. */
export function JsonDrawer({ open, schema, onClose }: { open: boolean; schema: SchemaJson; onClose: () => void }) {
  const text = JSON.stringify(schema, null, 2)
  return (
    <Drawer
      title="表单 JSON"
      width={640}
      open={open}
      onClose={onClose}
      extra={
        <Button size="small" autoInsertSpace={false} onClick={() => navigator.clipboard?.writeText(text)}>
          复制
        </Button>
      }
    >
      <Typography.Paragraph>
        <pre data-testid="form-json" style={{ fontSize: 12, margin: 0 }}>
          {text}
        </pre>
      </Typography.Paragraph>
    </Drawer>
  )
}
