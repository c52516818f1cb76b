import type { HttpContext } from '@adonisjs/core/http'
import { taskQueryValidator, validateFormValidator } from '#validators/forms'
import { formKeyOf, schemaToRender, validateOnly } from '#services/forms/form_reads'
import { readerOf } from '#services/forms/reader'

/** A form by its key (`/api/forms/zhian:project-filing/filing`): the schema to render, and a dry-run validation. */
export default class FormsController {
  async show(ctx: HttpContext) {
    const { taskId } = await ctx.request.validateUsing(taskQueryValidator, { data: ctx.request.qs() })
    return schemaToRender(formKeyOf(ctx.params.scope, ctx.params.name), await readerOf(ctx), taskId)
  }

  async validate(ctx: HttpContext) {
    const { value, taskId } = await ctx.request.validateUsing(validateFormValidator)
    await validateOnly(formKeyOf(ctx.params.scope, ctx.params.name), value, await readerOf(ctx), taskId)
    return ctx.response.noContent()
  }
}
