/**
 * Output filtering: removes every value a task's permissions hide, so hidden
 * fields never leave the server. Works on stored values without the schema.
 */
import { hasVisibleDescendant, permissionOf, type FieldPermissions } from './field_permissions.js'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function redactAt(value: unknown, pattern: string, permissions: FieldPermissions): unknown {
  if (Array.isArray(value)) return value.map((row) => redactAt(row, `${pattern}.*`, permissions))
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    const childPattern = pattern ? `${pattern}.${key}` : key
    if (permissionOf(permissions, childPattern) === 'hidden' && !hasVisibleDescendant(permissions, childPattern)) continue
    out[key] = redactAt(inner, childPattern, permissions)
  }
  return out
}

/** A copy of `value` without the fields `permissions` hide. */
export function redact<T extends object>(value: T, permissions: FieldPermissions): Partial<T> {
  return redactAt(value, '', permissions) as Partial<T>
}
