import db from '@adonisjs/lucid/services/db'
import type { Duty } from '#models/permission'
import type { DataScope } from '#models/role'

/** One role as the 角色与权限 page shows it; `code` is also the BPMN candidate group its holders belong to. */
export interface RoleEntry {
  id: number
  code: string
  name: string
  description: string | null
  dataScope: DataScope
  isBuiltin: boolean
  permissions: string[]
  holders: number
}

/** One permission of the catalogue the routes check, with the administrator duty it belongs to (null: business work). */
export interface PermissionEntry {
  code: string
  name: string
  duty: Duty | null
}

/** Every role with its permission codes and how many users hold it; three grouped queries. */
export async function roleCatalog(): Promise<RoleEntry[]> {
  const roles = await db.from('roles').orderBy('id').select('id', 'code', 'name', 'description', 'data_scope', 'is_builtin')
  const grants = await db.from('role_permissions').join('permissions', 'permissions.id', 'role_permissions.permission_id').select('role_permissions.role_id', 'permissions.code').orderBy('permissions.code')
  const holders = await db.from('user_roles').groupBy('role_id').select('role_id').count('* as n')
  const held = new Map(holders.map((row) => [Number(row.role_id), Number(row.n)]))
  return roles.map((role) => ({
    id: Number(role.id),
    code: role.code,
    name: role.name,
    description: role.description,
    dataScope: role.data_scope,
    isBuiltin: Boolean(role.is_builtin),
    permissions: grants.filter((grant) => Number(grant.role_id) === Number(role.id)).map((grant) => String(grant.code)),
    holders: held.get(Number(role.id)) ?? 0,
  }))
}

/** The permission catalogue, business permissions first, then by duty and code. */
export async function permissionCatalog(): Promise<PermissionEntry[]> {
  const rows = await db.from('permissions').select('code', 'name', 'duty').orderBy('code')
  const rank = (duty: Duty | null) => (duty === null ? 0 : ['system', 'security', 'audit'].indexOf(duty) + 1)
  return rows.map((row) => ({ code: row.code, name: row.name, duty: row.duty ?? null })).sort((a, b) => rank(a.duty) - rank(b.duty))
}
