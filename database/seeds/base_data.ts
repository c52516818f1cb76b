import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Permission from '#models/permission'
import Role from '#models/role'
import { BUILTIN_ROLES, PERMISSION_CATALOG, type RoleSeed } from './catalog.js'
import { ensureDictionaries } from './dictionaries.js'

/** Creates a role with its permissions, or leaves an existing one as the administrators left it. */
export async function ensureRole(trx: TransactionClientContract, seed: RoleSeed, isBuiltin: boolean): Promise<Role> {
  const existing = await Role.query({ client: trx }).where('code', seed.code).first()
  if (existing) return existing
  const role = await Role.create(
    { code: seed.code, name: seed.name, description: seed.description, dataScope: seed.dataScope, isBuiltin },
    { client: trx }
  )
  const permissions = await Permission.query({ client: trx }).whereIn('code', seed.permissions)
  await role.related('permissions').attach(permissions.map((permission) => permission.id))
  return role
}

/** The permission catalogue, the three administrator roles and the missing data dictionaries, on every start. */
export async function syncBaseData(trx: TransactionClientContract): Promise<void> {
  for (const entry of PERMISSION_CATALOG) {
    const [module, action] = entry.code.split(':')
    await Permission.updateOrCreate({ code: entry.code }, { module, action, name: entry.name, duty: entry.duty }, { client: trx })
  }
  for (const seed of BUILTIN_ROLES) await ensureRole(trx, seed, true)
  await ensureDictionaries(trx)
}
