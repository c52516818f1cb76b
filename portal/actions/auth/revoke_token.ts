import type { AccessToken } from '@adonisjs/auth/access_tokens'
import User from '#models/user'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { principalCache } from '#services/auth/principal_cache'

/** 退出 for API clients: deletes the token the call was made with; it stops working at once. */
export async function revokeToken(user: User & { currentAccessToken: AccessToken }, actor: AuditActor) {
  const identifier = user.currentAccessToken.identifier
  await User.accessTokens.delete(user, identifier)
  principalCache.tokens.deleteWhere((token) => String(token.identifier) === String(identifier))
  await recordAudit(actor, { action: 'auth.logout', outcome: 'success', detail: { channel: 'api' } })
}
