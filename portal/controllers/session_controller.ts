import type { HttpContext } from '@adonisjs/core/http'
import { loginValidator } from '#validators/auth'
import { attemptLogin } from '#actions/auth/attempt_login'
import { actorOf } from '#services/request_context'
import { recordAudit } from '#services/audit/audit_trail'
import clock from '#services/clock'

/** 登录 / 退出 of the portal (session guard, CSRF-protected). */
export default class SessionController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  async store({ request, auth, session, response }: HttpContext) {
    const { username, password } = await request.validateUsing(loginValidator)
    const user = await attemptLogin({ username, password, ip: request.ip(), userAgent: request.header('user-agent') ?? null, channel: 'web' })
    session.regenerate()
    await auth.use('web').login(user)
    session.put('lastSeenAt', clock.now().getTime())
    return response.redirect(user.mustChangePassword ? '/password' : '/')
  }

  async destroy(ctx: HttpContext) {
    await recordAudit(actorOf(ctx), { action: 'auth.logout', outcome: 'success', detail: { channel: 'web' } })
    await ctx.auth.use('web').logout()
    return ctx.response.redirect('/login')
  }
}
