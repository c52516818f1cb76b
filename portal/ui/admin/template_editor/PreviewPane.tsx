import { Alert, Spin, Typography } from 'antd'
import type { Preview } from './use_preview'
import type { PreviewError } from './types'

interface Props {
  preview: Preview
  /** jumps to a source error's line and column */
  onShowError: (error: PreviewError) => void
}

const LABELS: Record<string, string> = { source: '模板源码', manifest: '模板说明', sample: '示例数据' }

/** `manifest.numbering` → 模板说明 · numbering */
function where(path: string): string {
  const [head, ...rest] = path.split('.')
  return [LABELS[head] ?? head, rest.join('.')].filter(Boolean).join(' · ')
}

/** The latest PDF that printed, and in red what keeps the current text from printing. */
export function PreviewPane({ preview, onShowError }: Props) {
  return (
    <div data-testid="template-preview" data-state={preview.state}>
      {preview.errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          message="预览未更新"
          description={
            <ul data-testid="template-errors" style={{ margin: 0, paddingLeft: 18 }}>
              {preview.errors.map((error) => (
                <li key={`${error.path}:${error.message}`} data-path={error.path} style={{ color: '#cf1322', cursor: error.path === 'source' ? 'pointer' : undefined }} onClick={() => onShowError(error)}>
                  {error.path && <Typography.Text strong style={{ color: 'inherit' }}>{where(error.path)}：</Typography.Text>}
                  {error.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Spin spinning={preview.state === 'rendering'} tip="正在生成预览…">
        {preview.url ? (
          <iframe title="文书预览" data-testid="template-preview-frame" src={preview.url} style={{ width: '100%', height: '80vh', border: '1px solid #d9d9d9', borderRadius: 6 }} />
        ) : (
          <div style={{ height: '80vh', display: 'flex', alignItems: 'center', justifyContent: 'center', border: '1px dashed #d9d9d9', borderRadius: 6 }}>
            <Typography.Text type="secondary">预览会在停止输入后自动生成</Typography.Text>
          </div>
        )}
      </Spin>
    </div>
  )
}
