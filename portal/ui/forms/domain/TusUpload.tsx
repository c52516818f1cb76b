import { useRef, useState } from 'react'
import { useField } from '@formily/react'
import { Alert, Button, Progress, Space, Typography } from 'antd'
import { useFormInfo } from '../form_context'
import { acceptsFile, fileUrl, keepLocally } from '../preview_files'
import { formatBytes, startUpload, type RunningUpload, type UploadedFile } from '../tus_client'

export interface TusUploadProps {
  value?: UploadedFile[]
  onChange?: (files: UploadedFile[]) => void
  accept?: string
  maxSize?: number
  disabled?: boolean
  readOnly?: boolean
}

interface Transfer {
  name: string
  sent: number
  total: number
  rate: number
  paused: boolean
  error?: string
  running?: RunningUpload
}

/**
 * 附件: files go up over tus while the form stays usable; each shows its
 * progress and live rate, can be paused and resumed (from the server's
 * offset), and becomes `{ id, name, … }` in the field's value when done.
 * In the designer's preview a file is kept in the page instead (预览中不上传).
 */
export function TusUpload({ value = [], onChange, accept, maxSize, disabled, readOnly }: TusUploadProps) {
  const field = useField()
  const { formKey, preview } = useFormInfo()
  const input = useRef<HTMLInputElement>(null)
  const [transfer, setTransfer] = useState<Transfer | null>(null)
  const current = useRef(value)
  current.current = value

  function pick(file: File) {
    if (maxSize && file.size > maxSize) {
      setTransfer({ name: file.name, sent: 0, total: file.size, rate: 0, paused: true, error: `文件大小 ${formatBytes(file.size)} 超过上限 ${formatBytes(maxSize)}` })
      return
    }
    if (preview && !acceptsFile(accept, file)) {
      setTransfer({ name: file.name, sent: 0, total: file.size, rate: 0, paused: true, error: `本栏仅接受 ${accept}，不接受 ${file.type || file.name}` })
      return
    }
    if (preview) {
      setTransfer(null)
      onChange?.([...current.current, keepLocally(file)])
      return
    }
    const running = startUpload(file, { formKey, fieldPath: field.path.toString() }, {
      onProgress: (sent, total, rate) => setTransfer((t) => (t ? { ...t, sent, total, rate } : t)),
      onSuccess(uploaded) {
        setTransfer(null)
        onChange?.([...current.current, uploaded])
      },
      onError: (error) => setTransfer((t) => (t ? { ...t, error, paused: true } : t)),
    })
    setTransfer({ name: file.name, sent: 0, total: file.size, rate: 0, paused: false, running })
  }

  async function pause() {
    await transfer?.running?.pause()
    setTransfer((t) => (t ? { ...t, paused: true, rate: 0 } : t))
  }

  function resume() {
    transfer?.running?.resume()
    setTransfer((t) => (t ? { ...t, paused: false, error: undefined } : t))
  }

  const editable = !disabled && !readOnly
  return (
    <div data-testid={`upload-${field.path.toString()}`}>
      {value.map((file) => (
        <div key={file.id} data-testid="upload-done">
          <Typography.Link href={fileUrl(file.id)} target="_blank">
            {file.name}
          </Typography.Link>{' '}
          <Typography.Text type="secondary">{formatBytes(file.size)}</Typography.Text>
          {editable && (
            <Button type="link" size="small" onClick={() => onChange?.(value.filter((f) => f.id !== file.id))}>
              移除
            </Button>
          )}
        </div>
      ))}
      {transfer && (
        <div>
          <Typography.Text>{transfer.name}</Typography.Text>
          <Progress percent={transfer.total ? Math.floor((transfer.sent / transfer.total) * 100) : 0} size="small" status={transfer.error ? 'exception' : 'active'} />
          <Space>
            <Typography.Text type="secondary" data-testid="upload-rate">
              {formatBytes(transfer.sent)} / {formatBytes(transfer.total)}
              {transfer.paused ? '（已暂停）' : ` · ${(transfer.rate / 1024).toFixed(1)} KB/s`}
            </Typography.Text>
            {transfer.running && !transfer.paused && <Button size="small" data-testid="upload-pause" onClick={pause}>暂停</Button>}
            {transfer.running && transfer.paused && <Button size="small" data-testid="upload-resume" onClick={resume}>继续</Button>}
            {transfer.error && <Button size="small" onClick={() => setTransfer(null)}>放弃</Button>}
          </Space>
          {transfer.error && <Alert type="error" showIcon message={transfer.error} style={{ marginTop: 4 }} />}
        </div>
      )}
      {editable && (!transfer?.running || transfer.error) && (
        <>
          <input ref={input} type="file" accept={accept} hidden data-testid="upload-input" onChange={(e) => e.target.files?.[0] && pick(e.target.files[0])} />
          <Button data-testid="upload-pick" onClick={() => input.current?.click()}>
            选择文件
          </Button>
          {preview && (
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              预览中不上传
            </Typography.Text>
          )}
        </>
      )}
    </div>
  )
}
