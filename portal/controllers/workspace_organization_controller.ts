import type { HttpContext } from '@adonisjs/core/http'
import { currentUser } from '#services/request_context'
import { organizationProfile } from '#services/workspace/organization_profile'

/** 我的单位: the signed-in user's organisation and its people. */
export default class WorkspaceOrganizationController {
  async show(ctx: HttpContext) {
    return ctx.inertia.render('workspace/organization', await organizationProfile(currentUser(ctx).organizationId))
  }
}
