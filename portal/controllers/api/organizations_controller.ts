import type { HttpContext } from '@adonisjs/core/http'
import Organization from '#models/organization'
import { createEnterpriseValidator } from '#validators/organizations'
import { createEnterprise } from '#actions/organizations/create_enterprise'
import { actorOf } from '#services/request_context'

/** 组织机构: authorities, stations and enterprises. */
export default class OrganizationsController {
  async index({ request }: HttpContext) {
    const kind = request.qs().kind as string | undefined
    return Organization.query().if(kind, (q) => q.where('kind', kind!)).orderBy('path').orderBy('id')
  }

  async store(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(createEnterpriseValidator)
    return ctx.response.created(await createEnterprise(body, actorOf(ctx)))
  }
}
