/**
 * Builds a field's validator descriptions the way formily does when it mounts
 * a schema: `x-validator` first (a string is a format), then each schema
 * keyword through formily's `setValidatorRule` (overwrite the description that
 * already has the key, else `required` goes first and the rest go last).
 */
import { FormSchemaError } from './errors.js'
import { FORMATS, VALIDATOR_KEYS } from './dialect.js'
import type { FormSchema, ValidatorDescription } from './types.js'

const DESCRIPTION_KEYS: ReadonlySet<string> = new Set([...VALIDATOR_KEYS, 'message', 'triggerType'])
const NUMERIC_KEYS: ReadonlySet<string> = new Set(['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'])
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g

function checkValue(path: string, key: string, value: unknown): void {
  if (key === 'required' && typeof value !== 'boolean') throw new FormSchemaError(path, 'required 必须是 true 或 false')
  if (NUMERIC_KEYS.has(key) && (typeof value !== 'number' || !Number.isFinite(value))) {
    throw new FormSchemaError(path, `${key} 必须是数字`)
  }
  if (key === 'format' && (typeof value !== 'string' || !FORMATS.has(value))) {
    throw new FormSchemaError(path, `不支持的格式「${String(value)}」`)
  }
  if (key === 'pattern') {
    if (typeof value !== 'string') throw new FormSchemaError(path, 'pattern 必须是字符串')
    try {
      new RegExp(value)
    } catch {
      throw new FormSchemaError(path, `pattern「${value}」不是合法的正则表达式`)
    }
  }
}

function checkDescription(path: string, raw: unknown): ValidatorDescription {
  if (typeof raw === 'string') {
    checkValue(path, 'format', raw)
    return { format: raw }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new FormSchemaError(path, 'x-validator 只能是格式名、校验对象或它们的数组')
  }
  const description = { ...(raw as Record<string, unknown>) }
  for (const [key, value] of Object.entries(description)) {
    if (!DESCRIPTION_KEYS.has(key)) throw new FormSchemaError(path, `x-validator 不支持「${key}」`)
    if (key === 'message') checkMessage(path, value, description)
    else if (key !== 'triggerType') checkValue(path, key, value)
  }
  return description as ValidatorDescription
}

/** Custom messages may name their own rule values (`{{maximum}}`) and nothing else. */
function checkMessage(path: string, message: unknown, description: Record<string, unknown>): void {
  if (typeof message !== 'string') throw new FormSchemaError(path, 'message 必须是字符串')
  for (const match of message.matchAll(PLACEHOLDER)) {
    if (!(match[1] in description)) throw new FormSchemaError(path, `message 中的「{{${match[1]}}}」只能引用同一校验对象的键`)
  }
}

/** The descriptions formily would hold for this node, checked against the dialect. */
export function buildDescriptions(path: string, schema: FormSchema): ValidatorDescription[] {
  const raw = schema['x-validator']
  const list: Array<Record<string, unknown>> = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).map(
    (entry) => checkDescription(path, entry) as Record<string, unknown>
  )
  for (const key of Object.keys(schema)) {
    if (!(VALIDATOR_KEYS as readonly string[]).includes(key)) continue
    const value = (schema as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    checkValue(path, key, value)
    const holders = list.filter((description) => key in description)
    if (holders.length > 0) for (const description of holders) description[key] = value
    else if (key === 'required') list.unshift({ required: value })
    else list.push({ [key]: value })
  }
  return list as ValidatorDescription[]
}
