import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Authenticator } from '@adonisjs/auth'
import type { Authenticators, GuardFactory } from '@adonisjs/auth/types'

/**
 * Gives every request its `ctx.auth`. The stock middleware also creates an
 * Edge renderer per request to share `auth` with templates; Zhian renders
 * pages with React, so that work is skipped.
 */
export default class InitializeAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    ctx.auth = (await ctx.containerResolver.make('auth.manager')).createAuthenticator(ctx)
    return next()
  }
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    auth: Authenticator<Authenticators extends Record<string, GuardFactory> ? Authenticators : never>
  }
}
