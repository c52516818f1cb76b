import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import security from '#config/security'
import User from '#models/user'
import clock from '#services/clock'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { LoginRefusedError } from '#exceptions/refusals'

export interface LoginAttempt {
  username: string
  password: string
  ip: string
  userAgent: string | null
  /** "web" (session), "api" (access token) or "basic" (HTTP Basic on /engine-rest), recorded in the audit row */
  channel: 'web' | 'api' | 'basic'
}

/** A hash to verify against when the user does not exist, so timing does not reveal it. */
let dummyHash: string | undefined

/**
 * Checks a user name and password under the lockout policy: after N failures
 * the account is locked for M minutes (GB/T 22239 身份鉴别 b). Every attempt is
 * audited; the counter and the audit row commit together, then a refusal is
 * thrown.
 */
export async function attemptLogin(attempt: LoginAttempt): Promise<User> {
  const username = attempt.username.trim().toLowerCase()
  const now = clock.now()
  const actor: AuditActor = { userId: null, username, organizationId: null, ip: attempt.ip, userAgent: attempt.userAgent }

  const outcome = await inTransaction(async (trx) => {
    const user = await User.query({ client: trx }).where('username', username).first()
    if (!user) {
      dummyHash ??= await hash.make('zhian-dummy-password')
      await hash.verify(dummyHash, attempt.password)
      await recordAudit(actor, { action: 'auth.login', outcome: 'failure', detail: { reason: 'unknown_user', channel: attempt.channel } }, trx)
      return { refusal: LoginRefusedError.invalid() }
    }
    const who = { ...actor, userId: user.id, organizationId: user.organizationId }
    const target = { targetType: 'user', targetId: user.id }

    if (!user.isActive) {
      await recordAudit(who, { action: 'auth.login', outcome: 'failure', ...target, detail: { reason: 'disabled', channel: attempt.channel } }, trx)
      return { refusal: LoginRefusedError.disabled() }
    }
    if (user.lockedUntil && user.lockedUntil.toMillis() > now.getTime()) {
      const minutesLeft = Math.ceil((user.lockedUntil.toMillis() - now.getTime()) / 60_000)
      await recordAudit(who, { action: 'auth.login', outcome: 'failure', ...target, detail: { reason: 'locked', channel: attempt.channel } }, trx)
      return { refusal: LoginRefusedError.locked(minutesLeft) }
    }

    if (!(await hash.verify(user.password, attempt.password))) {
      user.failedLoginCount += 1
      let refusal = LoginRefusedError.invalid()
      if (user.failedLoginCount >= security.lockout.maxFailures) {
        user.lockedUntil = DateTime.fromJSDate(now).plus({ minutes: security.lockout.lockMinutes })
        user.failedLoginCount = 0
        refusal = LoginRefusedError.locked(security.lockout.lockMinutes)
        await recordAudit(who, { action: 'auth.lock', outcome: 'success', ...target, detail: { minutes: security.lockout.lockMinutes } }, trx)
      }
      await user.useTransaction(trx).save()
      await recordAudit(who, { action: 'auth.login', outcome: 'failure', ...target, detail: { reason: 'bad_password', channel: attempt.channel } }, trx)
      return { refusal }
    }

    user.failedLoginCount = 0
    user.lockedUntil = null
    user.lastLoginAt = DateTime.fromJSDate(now)
    await user.useTransaction(trx).save()
    await recordAudit(who, { action: 'auth.login', outcome: 'success', ...target, detail: { channel: attempt.channel } }, trx)
    return { user }
  })

  if ('refusal' in outcome) throw outcome.refusal
  return outcome.user
}
