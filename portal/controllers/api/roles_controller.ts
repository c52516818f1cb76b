import type { HttpContext } from '@adonisjs/core/http'
import Role from '#models/role'
import Permission from '#models/permission'
import { saveRoleValidator } from '#validators/roles'
import { deleteRole, saveRole } from '#actions/roles/save_role'
import { actorOf } from '#services/request_context'

/** 角色与权限 (安全管理员): roles are data; permissions are the catalogue the routes check. */
export default class RolesController {
  async index() {
    return Role.query().preload('permissions').orderBy('id')
  }

  async permissions() {
    return Permission.query().orderBy('module').orderBy('action')
  }

  async store(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(saveRoleValidator)
    return ctx.response.created(await saveRole(undefined, body, actorOf(ctx)))
  }

  async update(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(saveRoleValidator)
    return saveRole(Number(ctx.params.id), body, actorOf(ctx))
  }

  async destroy(ctx: HttpContext) {
    await deleteRole(Number(ctx.params.id), actorOf(ctx))
    return ctx.response.noContent()
  }
}
