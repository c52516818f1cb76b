import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { Duty } from '#models/permission'

/** 三员分立: the administrator duties a set of permissions spans. */
export async function dutiesOfPermissions(client: QueryClientContract, codes: readonly string[]): Promise<Set<Duty>> {
  if (codes.length === 0) return new Set()
  const rows = await client.from('permissions').whereIn('code', [...codes]).whereNotNull('duty').distinct('duty')
  return new Set(rows.map((row) => row.duty as Duty))
}

/** The administrator duties the given roles span together. */
export async function dutiesOfRoles(client: QueryClientContract, roleIds: readonly number[]): Promise<Set<Duty>> {
  if (roleIds.length === 0) return new Set()
  const rows = await client
    .from('role_permissions')
    .join('permissions', 'permissions.id', 'role_permissions.permission_id')
    .whereIn('role_permissions.role_id', [...roleIds])
    .whereNotNull('permissions.duty')
    .distinct('permissions.duty as duty')
  return new Set(rows.map((row) => row.duty as Duty))
}
