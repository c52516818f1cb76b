import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import security from '#config/security'
import clock from '#services/clock'
import { actorOf } from '#services/request_context'
import { recordAudit } from '#services/audit/audit_trail'

const LAST_SEEN = 'lastSeenAt'

/**
 * Ends a portal session idle for longer than the timeout (default 30
 * minutes), judged by the application clock rather than the cookie's age.
 */
export default class IdleTimeoutMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const now = clock.now().getTime()
    const lastSeen = ctx.session.get(LAST_SEEN) as number | undefined
    const limit = security.session.idleTimeoutMinutes * 60_000

    if (lastSeen !== undefined && now - lastSeen > limit) {
      await recordAudit(actorOf(ctx), { action: 'auth.idle_timeout', outcome: 'success', detail: { idleMinutes: Math.floor((now - lastSeen) / 60_000) } })
      await ctx.auth.use('web').logout()
      ctx.session.regenerate()
      if (ctx.request.accepts(['html', 'json']) === 'json' && !ctx.request.header('x-inertia')) {
        return ctx.response.status(401).send({ code: 'E_SESSION_IDLE_TIMEOUT', message: '会话因长时间未操作已超时，请重新登录' })
      }
      ctx.session.flash('notice', '会话因长时间未操作已超时，请重新登录')
      return ctx.response.redirect('/login')
    }

    ctx.session.put(LAST_SEEN, now)
    return next()
  }
}
