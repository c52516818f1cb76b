import type { HttpContext } from '@adonisjs/core/http'
import { changePasswordValidator } from '#validators/auth'
import { changePassword } from '#actions/auth/change_password'
import { accessOf, actorOf, currentUser } from '#services/request_context'

/** The caller's own account: profile, permissions, data scopes, password. */
export default class MeController {
  async show(ctx: HttpContext) {
    const access = await accessOf(ctx)
    const user = currentUser(ctx)
    await user.load('organization')
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      mustChangePassword: user.mustChangePassword,
      organization: { id: user.organization.id, name: user.organization.name, kind: user.organization.kind },
      permissions: [...access.permissions].sort(),
      dataScopes: [...access.scopes].sort(),
    }
  }

  async updatePassword(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(changePasswordValidator)
    await changePassword({ userId: currentUser(ctx).id, ...body }, actorOf(ctx))
    return ctx.response.noContent()
  }
}
