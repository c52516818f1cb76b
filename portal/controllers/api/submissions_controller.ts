import type { HttpContext } from '@adonisjs/core/http'
import { taskQueryValidator } from '#validators/forms'
import { readSubmission } from '#services/forms/form_reads'
import { readerOf } from '#services/forms/reader'

/** A stored submission, redacted for the caller's task and masked unless they may read personal data. */
export default class SubmissionsController {
  async show(ctx: HttpContext) {
    const { taskId } = await ctx.request.validateUsing(taskQueryValidator, { data: ctx.request.qs() })
    return readSubmission(Number(ctx.params.id), await readerOf(ctx), taskId)
  }
}
