import Role, { type DataScope } from '#models/role'
import Permission from '#models/permission'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { dutiesOfPermissions, dutiesOfRoles } from '#services/access/separation_of_duties'
import { fieldError } from '#exceptions/refusals'
import { principalCache } from '#services/auth/principal_cache'

export interface RoleInput {
  code: string
  name: string
  description?: string
  dataScope: DataScope
  permissions: string[]
}

const MIXED_DUTIES = '一个角色不能同时包含系统管理、安全管理、审计管理中两类以上的权限'
const HOLDER_MIXED = '有用户同时持有此角色与其他管理员角色，修改后将违反三员分立'

/**
 * Creates (roleId undefined) or rewrites a role and its permissions. Neither
 * the role nor any user holding it may end up spanning two admin duties.
 */
export async function saveRole(roleId: number | undefined, input: RoleInput, actor: AuditActor): Promise<Role> {
  const saved = await inTransaction(async (trx) => {
    const permissions = input.permissions.length ? await Permission.query({ client: trx }).whereIn('code', input.permissions) : []
    const unknown = input.permissions.filter((code) => !permissions.some((p) => p.code === code))
    if (unknown.length) throw fieldError('permissions', `权限不存在：${unknown.join('、')}`, 'exists')
    if ((await dutiesOfPermissions(trx, input.permissions)).size > 1) throw fieldError('permissions', MIXED_DUTIES, 'separationOfDuties')

    const clash = await Role.query({ client: trx }).where('code', input.code).if(roleId, (q) => q.whereNot('id', roleId!)).first()
    if (clash) throw fieldError('code', '角色编码已存在', 'unique')

    const role = roleId ? await Role.findOrFail(roleId, { client: trx }) : new Role()
    role.merge({ code: input.code, name: input.name, description: input.description ?? null, dataScope: input.dataScope })
    if (!roleId) role.isBuiltin = false
    await role.useTransaction(trx).save()
    await role.related('permissions').sync(permissions.map((p) => p.id))

    const holders = await trx.from('user_roles').where('role_id', role.id).select('user_id')
    for (const { user_id: userId } of holders) {
      const roleIds = (await trx.from('user_roles').where('user_id', userId).select('role_id')).map((r) => r.role_id)
      if ((await dutiesOfRoles(trx, roleIds)).size > 1) throw fieldError('permissions', HOLDER_MIXED, 'separationOfDuties')
    }

    await recordAudit(actor, { action: roleId ? 'role.update' : 'role.create', outcome: 'success', targetType: 'role', targetId: role.id, detail: { code: role.code, dataScope: role.dataScope, permissions: input.permissions } }, trx)
    return role
  })
  principalCache.forgetAllAccess()
  return saved
}

/** Deletes a role that is not one of the three built-in administrator roles. */
export async function deleteRole(roleId: number, actor: AuditActor): Promise<void> {
  await inTransaction(async (trx) => {
    const role = await Role.findOrFail(roleId, { client: trx })
    if (role.isBuiltin) throw fieldError('id', '内置的管理员角色不能删除', 'builtin')
    await role.useTransaction(trx).delete()
    await recordAudit(actor, { action: 'role.delete', outcome: 'success', targetType: 'role', targetId: roleId, detail: { code: role.code } }, trx)
  })
  principalCache.forgetAllAccess()
}
