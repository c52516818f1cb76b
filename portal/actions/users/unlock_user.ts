import User from '#models/user'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { principalCache } from '#services/auth/principal_cache'

/** 解锁账号 (安全管理员): clears the lock and the failure counter. */
export async function unlockUser(userId: number, actor: AuditActor): Promise<void> {
  await inTransaction(async (trx) => {
    const user = await User.findOrFail(userId, { client: trx })
    user.lockedUntil = null
    user.failedLoginCount = 0
    await user.useTransaction(trx).save()
    await recordAudit(actor, { action: 'user.unlock', outcome: 'success', targetType: 'user', targetId: user.id }, trx)
  })
  principalCache.forgetUser(userId)
}
