import { createHash } from 'node:crypto'
import type { Secret } from '@adonisjs/core/helpers'
import { type AccessToken, AccessTokensLucidUserProvider } from '@adonisjs/auth/access_tokens'
import type { LucidTokenable } from '@adonisjs/auth/types/access_tokens'
import type User from '#models/user'
import { principalCache } from './principal_cache.js'

/**
 * The tokens guard's user provider with the principal cache in front:
 * verified tokens and their users are remembered for a few seconds. Tokens
 * are keyed by a hash of their whole value, so a hit is as good as a verified
 * secret; the model's token store does the verifying on a miss.
 */
export class CachedTokensUserProvider extends AccessTokensLucidUserProvider<'accessTokens', LucidTokenable<'accessTokens'> & typeof User> {
  async verifyToken(tokenValue: Secret<string>): Promise<AccessToken | null> {
    const key = createHash('sha256').update(tokenValue.release()).digest('base64url')
    const cached = principalCache.tokens.get(key)
    if (cached) return cached.isExpired() ? null : cached

    const token = await super.verifyToken(tokenValue)
    if (token) principalCache.tokens.set(key, token)
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
