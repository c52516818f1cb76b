import User from '#models/user'
import Role from '#models/role'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { dutiesOfRoles } from '#services/access/separation_of_duties'
import { ForbiddenError, fieldError } from '#exceptions/refusals'
import { principalCache } from '#services/auth/principal_cache'

/**
 * Replaces a user's roles. 三员分立: the roles together may span at most one
 * administrator duty, and nobody grants roles to themselves.
 */
export async function assignRoles(userId: number, roleCodes: readonly string[], actor: AuditActor): Promise<string[]> {
  if (actor.userId === userId) throw new ForbiddenError('不能给自己分配角色')

  const assigned = await inTransaction(async (trx) => {
    const user = await User.findOrFail(userId, { client: trx })
    const roles = roleCodes.length ? await Role.query({ client: trx }).whereIn('code', [...roleCodes]) : []
    const missing = roleCodes.filter((code) => !roles.some((role) => role.code === code))
    if (missing.length) throw fieldError('roles', `角色不存在：${missing.join('、')}`, 'exists')

    const duties = await dutiesOfRoles(trx, roles.map((role) => role.id))
    if (duties.size > 1) {
      throw fieldError('roles', '系统管理员、安全管理员、审计管理员的职责不能由同一账号兼任', 'separationOfDuties')
    }

    await user.useTransaction(trx).related('roles').sync(roles.map((role) => role.id))
    await recordAudit(actor, { action: 'user.roles_assign', outcome: 'success', targetType: 'user', targetId: user.id, detail: { roles: roleCodes } }, trx)
    return roles.map((role) => role.code)
  })
  principalCache.forgetUser(userId)
  return assigned
}
