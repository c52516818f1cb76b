import type { HttpContext } from '@adonisjs/core/http'
import { startCaseValidator } from '#validators/forms'
import { startCase } from '#actions/cases/start_case'
import { readerOf } from '#services/forms/reader'

/** 发起办理: the start form validated, the case filed and its process started together, or 422 and nothing changes. */
export default class CaseStartsController {
  async store(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(startCaseValidator)
    const started = await startCase({ ...body, key: ctx.params.key }, await readerOf(ctx))
    return ctx.response.created(started)
  }
}
