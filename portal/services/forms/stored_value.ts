import type { SchemaNode } from './schema_walk.js'
import { openValue, sealValue, sensitivePaths } from './sensitive_fields.js'
import { fieldError } from '#exceptions/refusals'

/** A draft or submission is at most this much JSON: forms hold data, attachments are uploaded apart. */
export const MAX_VALUE_BYTES = 512 * 1024

/** The text stored for a value: JSON with the schema's personal-data fields encrypted. */
export function encodeValue(schema: SchemaNode, value: unknown): string {
  const text = JSON.stringify(sealValue(value, sensitivePaths(schema)))
  if (Buffer.byteLength(text) > MAX_VALUE_BYTES) throw fieldError('value', `表单数据过大（上限 ${MAX_VALUE_BYTES / 1024} KB），附件请通过上传接口提交`, 'size')
  return text
}

/** The value as submitted, personal data decrypted: for validation and for callers allowed to see it. */
export function decodeValue(schema: SchemaNode, text: string): Record<string, unknown> {
  return openValue(JSON.parse(text), sensitivePaths(schema)) as Record<string, unknown>
}
