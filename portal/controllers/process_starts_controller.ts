import type { HttpContext } from '@adonisjs/core/http'
import { currentUser } from '#services/request_context'
import { formRegistry } from '#services/forms/form_registry'
import { roleCodesOf, startableDefinitions } from '#services/definitions/startable_definitions'

/** 发起办理: the processes the user may start, and one process's start form (404 when not theirs to start). */
export default class ProcessStartsController {
  async index(ctx: HttpContext) {
    return ctx.inertia.render('workspace/start', { processes: await startableDefinitions(await roleCodesOf(currentUser(ctx).id)) })
  }

  async show(ctx: HttpContext) {
    const process = (await startableDefinitions(await roleCodesOf(currentUser(ctx).id))).find((entry) => entry.key === ctx.params.key)
    if (!process) return ctx.response.notFound({ code: 'E_NOT_FOUND', message: '没有可发起的该项业务' })
    const form = await formRegistry.latest(process.startFormKey)
    return ctx.inertia.render('workspace/start_form', { process, formKey: form.formKey, schema: form.schema as Record<string, unknown> })
  }
}
