import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Permission from '#models/permission'
import Role from '#models/role'
import { BUILTIN_ROLES, DEMO_ROLES, PERMISSION_CATALOG, type RoleSeed } from './catalog.js'
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

/**
 * Permissions new to the catalogue go to the existing roles whose seed lists
 * them. Only new ones: a permission that existed before may have been taken
 * away by the security administrator on purpose.
 */
async function grantNew(trx: TransactionClientContract, seeds: readonly RoleSeed[], fresh: ReadonlySet<string>): Promise<void> {
  if (fresh.size === 0) return
  for (const seed of seeds) {
    const role = await Role.query({ client: trx }).where('code', seed.code).first()
    const wanted = seed.permissions.filter((code) => fresh.has(code))
    if (!role || wanted.length === 0) continue
    const permissions = await Permission.query({ client: trx }).whereIn('code', wanted)
    await role.related('permissions').attach(permissions.map((permission) => permission.id), trx)
  }
}

/** The permission catalogue, the three administrator roles and the missing data dictionaries, on every start. */
export async function syncBaseData(trx: TransactionClientContract): Promise<void> {
  const known = new Set((await Permission.query({ client: trx }).select('code')).map((permission) => permission.code))
  const fresh = new Set(known.size ? PERMISSION_CATALOG.map((entry) => entry.code).filter((code) => !known.has(code)) : [])
  for (const entry of PERMISSION_CATALOG) {
    const [module, action] = entry.code.split(':')
    await Permission.updateOrCreate({ code: entry.code }, { module, action, name: entry.name, duty: entry.duty }, { client: trx })
  }
  for (const seed of BUILTIN_ROLES) await ensureRole(trx, seed, true)
  await grantNew(trx, [...BUILTIN_ROLES, ...DEMO_ROLES], fresh)
  await ensureDictionaries(trx)
}
