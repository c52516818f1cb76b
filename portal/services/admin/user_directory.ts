import db from '@adonisjs/lucid/services/db'

/** A user as 用户角色 lists them: who, where, and the role codes they hold. */
export interface DirectoryUser {
  id: number
  username: string
  fullName: string
  organizationName: string
  isActive: boolean
  roles: string[]
}

const PAGE = 50

/**
 * Users whose name or user name contains `q` (all when empty), by user name,
 * at most 50, with their organisation and role codes. No personal data.
 */
export async function findUsers(q: string | undefined): Promise<DirectoryUser[]> {
  const users = await db
    .from('users')
    .join('organizations', 'organizations.id', 'users.organization_id')
    .if(q, (query) => query.where((match) => match.where('users.username', 'like', `%${q}%`).orWhere('users.full_name', 'like', `%${q}%`)))
    .orderBy('users.username')
    .limit(PAGE)
    .select('users.id', 'users.username', 'users.full_name', 'users.is_active', 'organizations.name as organization_name')
  const roles = users.length
    ? await db.from('user_roles').join('roles', 'roles.id', 'user_roles.role_id').whereIn('user_roles.user_id', users.map((user) => user.id)).select('user_roles.user_id', 'roles.code')
    : []
  return users.map((user) => ({
    id: Number(user.id),
    username: user.username,
    fullName: user.full_name,
    organizationName: user.organization_name,
    isActive: Boolean(user.is_active),
    roles: roles.filter((role) => Number(role.user_id) === Number(user.id)).map((role) => String(role.code)),
  }))
}
