import type { HttpContext } from '@adonisjs/core/http'
import { permissionCatalog, roleCatalog } from '#services/admin/role_catalog'

/** 角色与权限 (安全管理员): the roles, their permissions, and the catalogue to choose from (not `permissions`: every page's props name the user's own so). Edits go to /api/roles. */
export default class RolePagesController {
  async index({ inertia }: HttpContext) {
    return inertia.render('admin/roles', { roles: await roleCatalog(), catalogue: await permissionCatalog() })
  }
}
