import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import IdleTimeoutMiddleware from '#middleware/idle_timeout_middleware'

/**
 * For routes both the portal and API clients call (uploads, forms): a Bearer
 * token skips the session and CSRF, since a cross-site page cannot set that
 * header; anything else is a browser on the portal session, and then CSRF
 * and the idle timeout are checked as on every portal route (tus-js-client
 * and the form pages send X-XSRF-TOKEN).
 */
export default class SessionUnlessBearerMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (/^Bearer\s/i.test(ctx.request.header('authorization') ?? '')) return next()
    const session = await ctx.containerResolver.make(SessionMiddleware)
    const shield = await ctx.containerResolver.make(ShieldMiddleware)
    const idle = new IdleTimeoutMiddleware()
    return session.handle(ctx, () => shield.handle(ctx, () => idle.handle(ctx, async () => void (await next()))))
  }
}
