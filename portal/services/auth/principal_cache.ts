import env from '#start/env'
import type User from '#models/user'
import type { AccessToken } from '@adonisjs/auth/access_tokens'
import type { Access } from '#services/access/access'
import { TtlCache } from './ttl_cache.js'

/**
 * Verified tokens and Basic credentials, their users and the users' access, remembered for a few
 * seconds so that an API call does not re-read them. Every change to them in
 * this process forgets the affected entries at once; other server processes
 * see the change within AUTH_CACHE_SECONDS (default 5).
 */
const ttlMs = env.get('AUTH_CACHE_SECONDS', 5) * 1000

export const principalCache = {
  /** keyed by a hash of the whole token value */
  tokens: new TtlCache<string, AccessToken>(ttlMs),
  users: new TtlCache<string | number, User>(ttlMs),
  access: new TtlCache<number, Access>(ttlMs),
  /** HTTP Basic credentials that passed a login, keyed by a hash of name and password: the user's id */
  credentials: new TtlCache<string, number>(ttlMs),

  /** After a user's password, lock, roles or tokens change. */
  forgetUser(userId: number): void {
    this.users.delete(userId)
    this.access.delete(userId)
    this.tokens.deleteWhere((token) => Number(token.tokenableId) === userId)
    this.credentials.deleteWhere((id) => id === userId)
  },

  /** After a role's permissions or data scope change: every holder is affected. */
  forgetAllAccess(): void {
    this.access.clear()
  },

  /** For tests that exercise the cache itself. */
  setTtl(seconds: number): void {
    for (const cache of [this.tokens, this.users, this.access, this.credentials]) {
      cache.ttlMs = seconds * 1000
      cache.clear()
    }
  },
}
