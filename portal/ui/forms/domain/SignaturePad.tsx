import { useRef, useState, type PointerEvent } from 'react'
import { useField } from '@formily/react'
import { Alert, Button, Space, Typography } from 'antd'
import { useFormInfo } from '../form_context'
import { fileUrl, keepLocally } from '../preview_files'
import { startUpload } from '../tus_client'

interface SignaturePadProps {
  /** the upload id of the signature PNG */
  value?: string
  onChange?: (id: string | undefined) => void
  disabled?: boolean
  readOnly?: boolean
}

/**
 * 手写签名: drawn on a canvas with mouse, pen or finger, then uploaded as a
 * PNG through tus like any attachment; the field keeps the upload id. In the
 * designer's preview the PNG is kept in the page instead (预览中不上传).
 */
export function SignaturePad({ value, onChange, disabled, readOnly }: SignaturePadProps) {
  const field = useField()
  const { formKey, preview } = useFormInfo()
  const canvas = useRef<HTMLCanvasElement>(null)
  const drawing = useRef(false)
  const [state, setState] = useState<'empty' | 'drawn' | 'saving'>('empty')
  const [error, setError] = useState<string>()

  if (value) {
    return (
      <Space direction="vertical">
        <img src={fileUrl(value)} alt="签名" style={{ height: 80, border: '1px solid #eee' }} data-testid="signature-image" />
        {!disabled && !readOnly && <Button size="small" onClick={() => onChange?.(undefined)}>重新签名</Button>}
      </Space>
    )
  }
  if (disabled || readOnly) return <Typography.Text type="secondary">未签名</Typography.Text>

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    return [event.clientX - box.left, event.clientY - box.top] as const
  }
  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d')!
    context.lineWidth = 2
    context.lineCap = 'round'
    context.beginPath()
    context.moveTo(...point(event))
    drawing.current = true
    event.currentTarget.setPointerCapture(event.pointerId)
  }
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return
    const context = event.currentTarget.getContext('2d')!
    context.lineTo(...point(event))
    context.stroke()
    setState('drawn')
  }
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, canvas.current.width, canvas.current.height)
    setState('empty')
  }
  const save = () => {
    setState('saving')
    canvas.current!.toBlob((blob) => {
      const file = new File([blob!], 'signature.png', { type: 'image/png' })
      if (preview) return onChange?.(keepLocally(file).id)
      startUpload(file, { formKey, fieldPath: field.address.toString() }, {
        onProgress: () => undefined,
        onSuccess: (uploaded) => onChange?.(uploaded.id),
        onError: (message) => (setError(message), setState('drawn')),
      })
    }, 'image/png')
  }

  return (
    <Space direction="vertical">
      <canvas
        ref={canvas}
        width={360}
        height={120}
        style={{ border: '1px dashed #999', touchAction: 'none', maxWidth: '100%' }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={() => (drawing.current = false)}
        data-testid="signature-canvas"
      />
      <Space>
        <Button size="small" onClick={clear} disabled={state !== 'drawn'}>清除</Button>
        <Button size="small" type="primary" onClick={save} disabled={state !== 'drawn'} loading={state === 'saving'}>确认签名</Button>
        {preview && <Typography.Text type="secondary">预览中不上传</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
    </Space>
  )
}
