/**
 * Server-side enforcement of field permissions, before validation: a readonly
 * field the submission changes is an error; readonly and hidden fields take
 * their `previous` value whatever was submitted (hidden values are never
 * accepted). Returns an overlaid copy; the caller's data is not touched.
 */
import { permissionOf, type FieldPermissions } from './field_permissions.js'
import { ZHIAN_ZH } from '../validation/messages.js'
import type { RuntimeField } from '../validation/runtime_field.js'

const INDEX_KEY = '__DO_NOT_USE_THIS_PROPERTY_index__'
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Structural equality that ignores ArrayTable's index key (the browser adds it to rows). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  if (!isPlainObject(a) || !isPlainObject(b)) return false
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  keys.delete(INDEX_KEY)
  for (const key of keys) if (!sameValue(a[key], b[key])) return false
  return true
}

interface Overlay {
  readonly permissions: FieldPermissions
  readonly errors: Array<{ path: string; message: string }>
}

function overlayContainer(fields: ReadonlyArray<RuntimeField>, data: unknown, previous: unknown, path: string, run: Overlay): unknown {
  if (!isPlainObject(data)) return data
  const out: Record<string, unknown> = { ...data }
  const prev = isPlainObject(previous) ? previous : {}
  for (const field of fields) {
    const fieldPath = path ? `${path}.${field.key}` : field.key
    const permission = permissionOf(run.permissions, field.pattern)
    if (permission !== 'editable') {
      if (permission === 'readonly' && out[field.key] !== undefined && !sameValue(out[field.key], prev[field.key])) {
        run.errors.push({ path: fieldPath, message: ZHIAN_ZH.readonly })
      }
      if (prev[field.key] === undefined) delete out[field.key]
      else out[field.key] = prev[field.key]
    } else if (field.kind === 'object') {
      out[field.key] = overlayContainer(field.children!, out[field.key], prev[field.key], fieldPath, run)
    } else if (field.kind === 'rows' && Array.isArray(out[field.key])) {
      const prevRows = Array.isArray(prev[field.key]) ? (prev[field.key] as unknown[]) : []
      out[field.key] = (out[field.key] as unknown[]).map((row, i) =>
        overlayContainer(field.children!, row, prevRows[i], `${fieldPath}.${i}`, run)
      )
    }
  }
  return out
}

/** Applies `permissions` against `previous`; returns the data to validate and the readonly violations. */
export function applyPermissions(input: {
  fields: ReadonlyArray<RuntimeField>
  data: unknown
  previous: unknown
  permissions: FieldPermissions
}): { data: unknown; errors: Array<{ path: string; message: string }> } {
  const run: Overlay = { permissions: input.permissions, errors: [] }
  return { data: overlayContainer(input.fields, input.data, input.previous, '', run), errors: run.errors }
}
