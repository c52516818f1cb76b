import db from '@adonisjs/lucid/services/db'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { jurisdictionPathOf, type OrganizationKind } from '#models/organization'
import type { DataScope } from '#models/role'
import type User from '#models/user'

/** What one user may do (permissions) and see (data scopes), from their roles. */
export interface Access {
  readonly userId: number
  readonly organizationId: number
  readonly organizationKind: OrganizationKind
  readonly organizationName: string
  /** the authority subtree a government user works in ("/1/4/17/") */
  readonly jurisdictionPath: string
  /** no authority below it (a county): its projects all carry exactly its path */
  readonly jurisdictionIsLeaf: boolean
  readonly permissions: ReadonlySet<string>
  readonly scopes: ReadonlySet<DataScope>
}

/**
 * Loads the user's organization, permissions and scopes in one query (it runs
 * on every API call): one row per role × permission, each carrying the
 * organization's columns. Inside a transaction pass its client (SQLite has one connection).
 */
export async function loadAccess(user: User, client: QueryClientContract = db.connection()): Promise<Access> {
  const rows = await client
    .from('organizations')
    .leftJoin('user_roles', (join) => join.onVal('user_roles.user_id', user.id))
    .leftJoin('roles', 'roles.id', 'user_roles.role_id')
    .leftJoin('role_permissions', 'role_permissions.role_id', 'roles.id')
    .leftJoin('permissions', 'permissions.id', 'role_permissions.permission_id')
    .where('organizations.id', user.organizationId)
    .select('organizations.kind', 'organizations.name', 'organizations.path', 'roles.data_scope as scope', 'permissions.code as code')
    .select(
      client.raw(
        `CASE WHEN EXISTS (SELECT 1 FROM organizations below WHERE below.kind = 'authority' AND below.parent_id =
           CASE WHEN organizations.kind = 'authority' THEN organizations.id ELSE organizations.parent_id END)
         THEN 0 ELSE 1 END AS leaf`
      )
    )
  if (rows.length === 0) throw new Error(`user ${user.id} belongs to no organization`)

  const { kind, name, path, leaf } = rows[0]
  return {
    userId: user.id,
    organizationId: user.organizationId,
    organizationKind: kind,
    organizationName: name,
    jurisdictionPath: jurisdictionPathOf(kind, path),
    jurisdictionIsLeaf: Number(leaf) === 1 && kind !== 'enterprise',
    permissions: new Set(rows.map((row) => row.code).filter(Boolean)),
    scopes: new Set(rows.map((row) => row.scope as DataScope).filter(Boolean)),
  }
}

/**
 * Every string starting with `prefix` sorts in [prefix, prefix with its last
 * character bumped). A range keeps the (scope_path, id) index usable where
 * SQLite's case-insensitive LIKE would not.
 */
export function prefixRange(prefix: string): [string, string] {
  const last = prefix.charCodeAt(prefix.length - 1)
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(last + 1)]
}

/**
 * Narrows a query on a table that carries a `scope_path` (projects, cases) to
 * what `access` may see: government users by the row's place in their
 * jurisdiction, enterprises by `participation` (which adds their own rows).
 * No scope means no rows.
 */
export function scopeByPlace<Query extends ChainableContract>(query: Query, access: Access, table: string, participation: (visible: ChainableContract) => void): Query {
  if (access.scopes.has('all')) return query
  const isEnterprise = access.organizationKind === 'enterprise'
  const byJurisdiction = access.scopes.has('jurisdiction') && !isEnterprise
  const byParticipation = access.scopes.has('participation') && isEnterprise

  return query.where((visible) => {
    if (byJurisdiction && access.jurisdictionIsLeaf) {
      // equality lets the (scope_path, id) index hand rows over already in id order
      visible.orWhere(`${table}.scope_path`, access.jurisdictionPath)
    } else if (byJurisdiction) {
      const [from, to] = prefixRange(access.jurisdictionPath)
      visible.orWhere((range) => range.where(`${table}.scope_path`, '>=', from).where(`${table}.scope_path`, '<', to))
    }
    if (byParticipation) participation(visible)
    if (!byJurisdiction && !byParticipation) visible.whereRaw('1 = 0')
  })
}

/** Narrows a project query to what `access` may see: an enterprise sees the projects it is a party to. */
export function scopeProjects<Query extends ChainableContract>(query: Query, access: Access): Query {
  return scopeByPlace(query, access, 'projects', (visible) => {
    visible.orWhereIn('projects.id', db.from('project_parties').where('organization_id', access.organizationId).select('project_id'))
  })
}
