import type { HttpContext } from '@adonisjs/core/http'
import { pickerQueryValidator } from '#validators/forms'
import { accessOf } from '#services/request_context'
import { pick } from '#services/forms/pickers'

/** The choices of the form pickers (ProjectPicker, OrganizationPicker, UserPicker), and the names of picked ids: only what the caller's data scope holds. */
export default class PickersController {
  async projects(ctx: HttpContext) {
    const { q, ids } = await ctx.request.validateUsing(pickerQueryValidator, { data: ctx.request.qs() })
    return pick('projects', await accessOf(ctx), { q, ids })
  }

  async organizations(ctx: HttpContext) {
    const { q, ids } = await ctx.request.validateUsing(pickerQueryValidator, { data: ctx.request.qs() })
    return pick('organizations', await accessOf(ctx), { q, ids })
  }

  async users(ctx: HttpContext) {
    const { q, ids } = await ctx.request.validateUsing(pickerQueryValidator, { data: ctx.request.qs() })
    return pick('users', await accessOf(ctx), { q, ids })
  }
}
