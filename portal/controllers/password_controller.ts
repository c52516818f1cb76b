import type { HttpContext } from '@adonisjs/core/http'
import { changePasswordValidator } from '#validators/auth'
import { changePassword } from '#actions/auth/change_password'
import { actorOf, currentUser } from '#services/request_context'
import security from '#config/security'

/** 修改密码 in the portal; forced after the first login. */
export default class PasswordController {
  async edit({ inertia, auth }: HttpContext) {
    return inertia.render('auth/password', { forced: Boolean(auth.user?.mustChangePassword), policy: security.password })
  }

  async update(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(changePasswordValidator)
    await changePassword({ userId: currentUser(ctx).id, ...body }, actorOf(ctx))
    ctx.session.flash('notice', '密码已修改')
    return ctx.response.redirect('/')
  }
}
