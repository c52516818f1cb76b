import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { currentUser, isApiCall } from '#services/request_context'

/** Until a first-login (or reset) password is changed, only the change itself is allowed. */
export default class PasswordFreshMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!currentUser(ctx).mustChangePassword) return next()
    if (isApiCall(ctx)) {
      return ctx.response.status(403).send({ code: 'E_PASSWORD_CHANGE_REQUIRED', message: '首次登录或密码被重置后，须先修改密码' })
    }
    return ctx.response.redirect('/password')
  }
}
