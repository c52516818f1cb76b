import { Secret } from '@adonisjs/core/helpers'
import db from '@adonisjs/lucid/services/db'
import { AccessToken, AccessTokensLucidUserProvider } from '@adonisjs/auth/access_tokens'
import type { LucidTokenable } from '@adonisjs/auth/types/access_tokens'
import type User from '#models/user'
import { principalCache } from './principal_cache.js'

const TABLE = 'auth_access_tokens'
const TYPE = 'auth_token'
/** `last_used_at` is kept to the minute: no write on every call */
const LAST_USED_RESOLUTION_MS = 60_000

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null
  return value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value))
}

/**
 * The tokens guard's user provider, with two changes to the stock one: the
 * secret is checked before anything is written, and verified tokens and
 * users come from the principal cache for a few seconds.
 */
export class CachedTokensUserProvider extends AccessTokensLucidUserProvider<'accessTokens', LucidTokenable<'accessTokens'> & typeof User> {
  async verifyToken(tokenValue: Secret<string>): Promise<AccessToken | null> {
    const decoded = AccessToken.decode('zat_', tokenValue.release())
    if (!decoded) return null

    const cached = principalCache.tokens.get(decoded.identifier)
    if (cached) return cached.verify(decoded.secret) && !cached.isExpired() ? cached : null

    const row = await db.from(TABLE).where({ id: decoded.identifier, type: TYPE }).first()
    if (!row) return null
    const token = new AccessToken({
      identifier: row.id,
      tokenableId: row.tokenable_id,
      type: row.type,
      name: row.name,
      hash: row.hash,
      abilities: JSON.parse(row.abilities),
      createdAt: toDate(row.created_at)!,
      updatedAt: toDate(row.updated_at)!,
      lastUsedAt: toDate(row.last_used_at),
      expiresAt: toDate(row.expires_at),
    })
    if (!token.verify(decoded.secret) || token.isExpired()) return null

    const now = new Date()
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await db.from(TABLE).where({ id: row.id }).update({ last_used_at: now })
      token.lastUsedAt = now
    }
    principalCache.tokens.set(decoded.identifier, token)
    return token
  }

  async findById(identifier: string | number) {
    let user = principalCache.users.get(identifier)
    if (!user) {
      const found = await (await this.getModel()).find(identifier)
      if (!found) return null
      user = found as User
      principalCache.users.set(identifier, user)
    }
    return this.createUserForGuard(user as any)
  }
}
