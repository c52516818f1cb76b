import type { HttpContext } from '@adonisjs/core/http'
import { listCasesValidator } from '#validators/cases'
import { accessOf } from '#services/request_context'
import { readerOf } from '#services/forms/reader'
import { listCases } from '#services/cases/case_list'
import { openCase } from '#actions/cases/open_case'

/** 办件: the list of the cases the caller may see, and one case's page (404 outside the caller's scope; opening it reads a 抄送). */
export default class CasePagesController {
  async index(ctx: HttpContext) {
    const { page = 1, perPage = 20, ...filters } = await ctx.request.validateUsing(listCasesValidator, { data: ctx.request.qs() })
    const cases = await listCases(await accessOf(ctx), { ...filters, page, perPage })
    return ctx.inertia.render('cases/index', { ...cases, filters })
  }

  async show(ctx: HttpContext) {
    const detail = await openCase(Number(ctx.params.id), await readerOf(ctx))
    return ctx.inertia.render('cases/show', { ...detail })
  }
}
