import db from '@adonisjs/lucid/services/db'

/**
 * 我的单位: the user's organisation and its people with their roles. Only
 * names, accounts and roles: mobiles and ID numbers are personal data and
 * stay in the users API, which audits their reading.
 */
export async function organizationProfile(organizationId: number) {
  const organization = await db
    .from('organizations')
    .leftJoin('organizations as parent', 'parent.id', 'organizations.parent_id')
    .where('organizations.id', organizationId)
    .select('organizations.*', 'parent.name as parent_name')
    .firstOrFail()
  const users = await db.from('users').where('organization_id', organizationId).orderBy('id').select('id', 'username', 'full_name')
  const roles = await db
    .from('user_roles')
    .join('roles', 'roles.id', 'user_roles.role_id')
    .whereIn('user_roles.user_id', users.map((user) => user.id))
    .select('user_roles.user_id', 'roles.name')
  return {
    organization: {
      id: Number(organization.id),
      name: organization.name,
      kind: organization.kind,
      creditCode: organization.credit_code ?? null,
      enterpriseType: organization.enterprise_type ?? null,
      regionCode: organization.region_code ?? null,
      contactPhone: organization.contact_phone ?? null,
      parentName: organization.parent_name ?? null,
    },
    people: users.map((user) => ({
      id: Number(user.id),
      username: user.username,
      fullName: user.full_name,
      roles: roles.filter((role) => Number(role.user_id) === Number(user.id)).map((role) => role.name),
    })),
  }
}
