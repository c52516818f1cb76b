import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import security from '#config/security'
import User from '#models/user'
import PasswordHistory from '#models/password_history'
import clock from '#services/clock'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { isRecentPassword, passwordWeakness } from '#services/passwords/password_policy'
import { fieldError } from '#exceptions/refusals'
import { principalCache } from '#services/auth/principal_cache'

export interface PasswordChange {
  userId: number
  currentPassword: string
  newPassword: string
}

/**
 * Changes a password under the policy: strong enough, not one of the last
 * five, and the old hash joins the history. Clears "must change".
 */
export async function changePassword(change: PasswordChange, actor: AuditActor): Promise<void> {
  const weakness = passwordWeakness(change.newPassword)
  if (weakness) throw fieldError('newPassword', weakness, 'passwordPolicy')

  await inTransaction(async (trx) => {
    const user = await User.findOrFail(change.userId, { client: trx })
    if (!(await hash.verify(user.password, change.currentPassword))) {
      throw fieldError('currentPassword', '原密码不正确', 'currentPassword')
    }
    if (await isRecentPassword(user.id, user.password, change.newPassword, trx)) {
      throw fieldError('newPassword', `新密码不能与最近 ${security.password.historySize} 次使用过的密码相同`, 'passwordHistory')
    }
    await PasswordHistory.create({ userId: user.id, passwordHash: user.password }, { client: trx })
    user.password = change.newPassword
    user.mustChangePassword = false
    user.passwordChangedAt = DateTime.fromJSDate(clock.now())
    await user.useTransaction(trx).save()
    await recordAudit(actor, { action: 'auth.password_change', outcome: 'success', targetType: 'user', targetId: user.id }, trx)
  })
  principalCache.forgetUser(change.userId)
}
