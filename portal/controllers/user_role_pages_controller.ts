import type { HttpContext } from '@adonisjs/core/http'
import { findUsersValidator } from '#validators/users'
import { findUsers } from '#services/admin/user_directory'
import { roleCatalog } from '#services/admin/role_catalog'

/** 用户角色 (安全管理员): find users and the roles they hold. Grants go to PUT /api/users/:id/roles. */
export default class UserRolePagesController {
  async index(ctx: HttpContext) {
    const { q } = await ctx.request.validateUsing(findUsersValidator, { data: ctx.request.qs() })
    return ctx.inertia.render('admin/user_roles', { q: q ?? '', users: await findUsers(q), roles: await roleCatalog() })
  }
}
