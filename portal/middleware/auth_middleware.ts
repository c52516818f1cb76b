import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticators } from '@adonisjs/auth/types'

/**
 * Denies unauthenticated requests: pages redirect to /login, JSON gets 401.
 * Usage: middleware.auth({ guards: ['api'] })
 */
export default class AuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { guards?: (keyof Authenticators)[] } = {}) {
    await ctx.auth.authenticateUsing(options.guards, { loginRoute: '/login' })
    return next()
  }
}
