import type { ReactNode } from 'react'
import { observer, useField } from '@formily/react'
import { Card } from 'antd'

/**
 * 分组 (`FormSection`, a void node): its `title` heads a card around its
 * fields. Layout only: the fields' data paths do not include it.
 */
export const FormSection = observer(({ children }: { children?: ReactNode }) => {
  const field = useField()
  return (
    <Card size="small" title={field.title} data-testid="form-section" style={{ marginBottom: 16 }}>
      {children}
    </Card>
  )
})
