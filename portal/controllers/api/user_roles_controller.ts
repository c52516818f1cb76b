import type { HttpContext } from '@adonisjs/core/http'
import { assignRolesValidator } from '#validators/users'
import { assignRoles } from '#actions/users/assign_roles'
import { actorOf } from '#services/request_context'

/** 授权 (安全管理员): which roles a user holds. */
export default class UserRolesController {
  async update(ctx: HttpContext) {
    const { roles } = await ctx.request.validateUsing(assignRolesValidator)
    return { roles: await assignRoles(Number(ctx.params.id), roles, actorOf(ctx)) }
  }
}
