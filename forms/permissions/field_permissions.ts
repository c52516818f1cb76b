/**
 * Field permissions per user task. Keys are data paths with `*` for table
 * rows (`items.*.issue`, or `items` for the whole table); `'*'` is the
 * default (editable when absent). The nearest declared ancestor wins.
 */
export type FieldPermission = 'editable' | 'readonly' | 'hidden'

/** What a user task declares: `{ '*': 'readonly', opinion: 'editable', 'items.*.score': 'hidden' }`. */
export type FieldPermissions = Readonly<Record<string, FieldPermission>>

const PERMISSIONS: ReadonlySet<string> = new Set(['editable', 'readonly', 'hidden'])

/** The permission of one field pattern: itself, else its nearest ancestor, else the default. */
export function permissionOf(permissions: FieldPermissions, pattern: string): FieldPermission {
  let current = pattern
  for (;;) {
    const own = permissions[current]
    if (own !== undefined) return own
    const cut = current.lastIndexOf('.')
    if (cut < 0) return permissions['*'] ?? 'editable'
    current = current.slice(0, cut)
  }
}

/** True when some pattern below `pattern` is declared visible (so a hidden parent must be walked into). */
export function hasVisibleDescendant(permissions: FieldPermissions, pattern: string): boolean {
  const prefix = `${pattern}.`
  return Object.entries(permissions).some(([key, value]) => key.startsWith(prefix) && value !== 'hidden')
}

/** Checks a permissions map (e.g. read from a BPMN task) and returns it typed. */
export function parsePermissions(raw: unknown): FieldPermissions {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new TypeError('字段权限必须是对象')
  for (const [key, value] of Object.entries(raw)) {
    if (!PERMISSIONS.has(value as string)) throw new TypeError(`字段「${key}」的权限「${String(value)}」无效`)
  }
  return raw as FieldPermissions
}
