import { createHash } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import { symbols } from '@adonisjs/auth'
import { BasicAuthGuard } from '@adonisjs/auth/basic_auth'
import type { GuardConfigProvider } from '@adonisjs/auth/types'
import type { BasicAuthGuardUser, BasicAuthUserProviderContract } from '@adonisjs/auth/types/basic_auth'
import limiter from '@adonisjs/limiter/services/main'
import security from '#config/security'
import User from '#models/user'
import { attemptLogin } from '#actions/auth/attempt_login'
import { LoginRefusedError } from '#exceptions/refusals'
import { principalCache } from './principal_cache.js'

/**
 * HTTP Basic credentials checked exactly as a login is (attemptLogin: the
 * password hash, lockout, disabled accounts, and an audit row per attempt),
 * for clients that cannot fetch a token: Camunda Modeler and
 * camunda-external-task-client-js's BasicAuthInterceptor. Verified
 * credentials are remembered like tokens (principal cache, keyed by a hash of
 * name and password), so a polling worker is not a login every few hundred
 * milliseconds. Failures count against a per-address throttle, as form logins do.
 */
class LoginCredentialsProvider implements BasicAuthUserProviderContract<User> {
  declare [symbols.PROVIDER_REAL_USER]: User

  constructor(private ctx: HttpContext) {}

  async createUserForGuard(user: User): Promise<BasicAuthGuardUser<User>> {
    return { getId: () => user.id, getOriginal: () => user }
  }

  async verifyCredentials(username: string, password: string): Promise<BasicAuthGuardUser<User> | null> {
    const key = createHash('sha256').update(`${username}\u0000${password}`).digest('base64url')
    const remembered = principalCache.credentials.get(key)
    const user = (remembered !== undefined && (await this.#cachedUser(remembered))) || (await this.#login(username, password))
    principalCache.credentials.set(key, user.id)
    return this.createUserForGuard(user)
  }

  async #cachedUser(userId: number): Promise<User | null> {
    const user = principalCache.users.get(userId) ?? (await User.find(userId))
    if (user) principalCache.users.set(userId, user)
    return user
  }

  /** A refusal is a 401 whatever its reason: Camunda's clients read only 401 as "credentials not accepted". */
  async #login(username: string, password: string): Promise<User> {
    const { request } = this.ctx
    const throttle = limiter.use({ requests: security.loginRatePerMinute, duration: '1 minute' })
    const [tooMany, user] = await throttle
      .penalize(`engine_rest_basic_${request.ip()}`, () => attemptLogin({ username, password, ip: request.ip(), userAgent: request.header('user-agent') ?? null, channel: 'basic' }))
      .catch((error) => {
        if (!(error instanceof LoginRefusedError)) throw error
        throw new LoginRefusedError(error.message, { status: 401, code: error.code })
      })
    if (tooMany) {
      tooMany.setMessage('登录尝试过于频繁，请稍后再试')
      throw tooMany
    }
    return user
  }
}

/** The "basic" guard of config/auth.ts: one credentials provider per request, which knows the caller's address for the audit row. */
export function loginBasicAuthGuard(): GuardConfigProvider<(ctx: HttpContext) => BasicAuthGuard<LoginCredentialsProvider>> {
  return {
    async resolver(name, app) {
      const emitter = await app.container.make('emitter')
      return (ctx) => new BasicAuthGuard(name, ctx, emitter, new LoginCredentialsProvider(ctx))
    },
  }
}
