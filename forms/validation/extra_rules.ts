/**
 * The rules Zhian adds to formily's: formily never checks a value's type or
 * its enum (an enum only feeds the options list). The compiled validator runs
 * these; installFormilyRules() registers the same functions into formily, so
 * the browser and the differential test's reference agree with the server.
 */
import { isEmpty, isValid } from '@formily/shared'
import type { ValueKind } from '../schema/nodes.js'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** formily's `isValidateEmpty`: an array is empty when it holds no valid item. */
export function isValidateEmpty(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (isValid(item)) return false
    return true
  }
  return isEmpty(value)
}

function isAttachment(value: unknown): boolean {
  return isPlainObject(value) && typeof value.id === 'string' && value.id !== '' && typeof value.name === 'string'
}

function isLocation(value: unknown): boolean {
  if (!isPlainObject(value)) return false
  const { lat, lng } = value
  return typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
}

const KIND_TESTS: Record<ValueKind, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  object: isPlainObject,
  rows: (v) => Array.isArray(v) && v.every(isPlainObject),
  strings: (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
  numbers: (v) => Array.isArray(v) && v.every((item) => typeof item === 'number' && Number.isFinite(item)),
  attachments: (v) => Array.isArray(v) && v.every(isAttachment),
  location: isLocation,
}

/** True when the value does not have the shape its kind demands; null and undefined are left to `required`. */
export function typeFails(kind: ValueKind, value: unknown): boolean {
  if (value === undefined || value === null) return false
  return !KIND_TESTS[kind](value)
}

/** True when a non-empty value (or any item of a list value) is not among the allowed values. */
export function enumFails(allowed: ReadonlySet<unknown>, value: unknown): boolean {
  if (isValidateEmpty(value)) return false
  if (Array.isArray(value)) return value.some((item) => !allowed.has(item))
  return !allowed.has(value)
}
