import db from '@adonisjs/lucid/services/db'
import type { Access } from '#services/access/access'
import { scopeProjects } from '#services/access/access'
import { scopeOrganizations, scopeUsers } from '#services/access/visible_records'

/** What a picker chooses from; the schema names it by component (ProjectPicker …). */
export type PickerKind = 'projects' | 'organizations' | 'users'

export const PICKER_COMPONENTS: Readonly<Record<string, PickerKind>> = {
  ProjectPicker: 'projects',
  OrganizationPicker: 'organizations',
  UserPicker: 'users',
}

const LIMIT = 20

/** Escapes LIKE wildcards so a typed `%` matches itself; `!` escapes alike on SQLite and MySQL (a backslash does not). */
function contains(q: string): string {
  return `%${q.replace(/[!%_]/g, (c) => `!${c}`)}%`
}

/** The base query of one kind, narrowed to the caller's data scope. */
function scoped(kind: PickerKind, access: Access) {
  if (kind === 'projects') return scopeProjects(db.from('projects'), access)
  if (kind === 'organizations') return scopeOrganizations(db.from('organizations'), access)
  return scopeUsers(db.from('users').where('users.is_active', true), access)
}

/**
 * Up to 20 choices matching `q`, only from what the caller may see. Users
 * come without personal data (no phone, no ID number).
 */
export async function pick(kind: PickerKind, access: Access, q?: string) {
  const query = scoped(kind, access).orderBy(`${kind}.id`).limit(LIMIT)
  if (kind === 'projects') {
    if (q) query.where((m) => m.whereRaw("projects.name LIKE ? ESCAPE '!'", [contains(q)]).orWhere('projects.code', q))
    return query.select('projects.id', 'projects.code', 'projects.name')
  }
  if (kind === 'organizations') {
    if (q) query.where((m) => m.whereRaw("organizations.name LIKE ? ESCAPE '!'", [contains(q)]).orWhere('organizations.credit_code', q))
    return query.select('organizations.id', 'organizations.name', 'organizations.kind', 'organizations.credit_code as creditCode')
  }
  if (q) query.where((m) => m.whereRaw("users.full_name LIKE ? ESCAPE '!'", [contains(q)]).orWhere('users.username', q))
  return query.select('users.id', 'users.username', 'users.full_name as fullName', 'users.organization_id as organizationId')
}

/** The ids among `ids` the caller may not see (unknown ids included). */
export async function outsideScope(kind: PickerKind, access: Access, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await scoped(kind, access).whereIn(`${kind}.id`, [...ids]).select(`${kind}.id`)
  const visible = new Set(rows.map((row: { id: number }) => Number(row.id)))
  return new Set(ids.filter((id) => !visible.has(id)))
}
