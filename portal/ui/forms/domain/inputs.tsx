import { connect, mapReadPretty } from '@formily/react'
import { PreviewText } from '@formily/antd-v5'
import { Input, InputNumber, Space } from 'antd'
import type { ChangeEvent } from 'react'

interface TextProps {
  value?: string
  onChange?: (value: string) => void
  disabled?: boolean
  placeholder?: string
}

/** An Input that normalises what is typed (upper case, no spaces) and caps the length of a national code. */
function codeInput(maxLength: number, placeholder: string, normalise: (text: string) => string) {
  const CodeInput = ({ value, onChange, ...rest }: TextProps) => (
    <Input
      {...rest}
      value={value}
      maxLength={maxLength}
      placeholder={rest.placeholder ?? placeholder}
      onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(normalise(event.target.value))}
    />
  )
  return connect(CodeInput, mapReadPretty(PreviewText.Input))
}

const upper = (text: string) => text.replace(/\s/g, '').toUpperCase()

/** 统一社会信用代码 (18 characters; the check character is verified on the server). */
export const CreditCodeInput = codeInput(18, '18位统一社会信用代码', upper)
/** 公民身份号码 (18 characters, X upper case). */
export const IdNumberInput = codeInput(18, '18位公民身份号码', upper)
/** 手机号码 (digits only). */
export const MobileInput = codeInput(11, '11位手机号码', (text) => text.replace(/\D/g, ''))

interface Location {
  lat?: number
  lng?: number
}

/** LocationPicker as two numbers; a map can replace it without changing the value `{ lat, lng }`. */
function LocationInputs({ value = {}, onChange, disabled }: { value?: Location; onChange?: (v: Location) => void; disabled?: boolean }) {
  return (
    <Space.Compact>
      <InputNumber addonBefore="纬度" min={-90} max={90} step={0.000001} value={value.lat} disabled={disabled} onChange={(lat) => onChange?.({ ...value, lat: lat ?? undefined })} />
      <InputNumber addonBefore="经度" min={-180} max={180} step={0.000001} value={value.lng} disabled={disabled} onChange={(lng) => onChange?.({ ...value, lng: lng ?? undefined })} />
    </Space.Compact>
  )
}

function LocationText({ value }: { value?: Location }) {
  return <span>{value?.lat !== undefined ? `纬度 ${value.lat}，经度 ${value.lng}` : '—'}</span>
}

export const LocationPicker = connect(LocationInputs, mapReadPretty(LocationText))
