import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
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
function scoped(kind: PickerKind, access: Access, client: QueryClientContract = db.connection()) {
  if (kind === 'projects') return scopeProjects(client.from('projects'), access)
  if (kind === 'organizations') return scopeOrganizations(client.from('organizations'), access)
  return scopeUsers(client.from('users').where('users.is_active', true), access)
}

/**
 * Up to 20 choices matching `q`, or the records `ids` names (the labels of
 * values already picked), only from what the caller may see. Users come
 * without personal data (no phone, no ID number).
 */
export async function pick(kind: PickerKind, access: Access, { q, ids }: { q?: string; ids?: readonly number[] } = {}) {
  const query = scoped(kind, access).orderBy(`${kind}.id`).limit(LIMIT)
  if (ids) query.whereIn(`${kind}.id`, [...ids])
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

/** Columns besides the id by which a picker value may name a record (what users type or the shipped schemas hold). */
const NAMED_BY: Record<PickerKind, string[]> = {
  projects: ['projects.code', 'projects.name'],
  organizations: ['organizations.credit_code', 'organizations.name'],
  users: ['users.username', 'users.full_name'],
}

/**
 * The picked values that name no record the caller may see. A value is an id
 * from the picker API (number or digits), or a code or name of the record.
 */
export async function outsideScope(kind: PickerKind, access: Access, values: readonly (string | number)[], client?: QueryClientContract): Promise<Set<string>> {
  const wanted = [...new Set(values.map(String))]
  if (wanted.length === 0) return new Set()
  const ids = wanted.filter((v) => /^\d{1,9}$/.test(v)).map(Number)
  const columns = NAMED_BY[kind]
  const rows = await scoped(kind, access, client)
    .where((any) => {
      if (ids.length) any.orWhereIn(`${kind}.id`, ids)
      for (const column of columns) any.orWhereIn(column, wanted)
    })
    .select(`${kind}.id`, ...columns.map((column, i) => `${column} as c${i}`))
  const found = new Set<string>()
  for (const row of rows) for (const key of ['id', 'c0', 'c1']) if (row[key] !== null && row[key] !== undefined) found.add(String(row[key]))
  return new Set(wanted.filter((v) => !found.has(v)))
}
