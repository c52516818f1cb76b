import type { HttpContext } from '@adonisjs/core/http'
import { setDefinitionSuspension } from '#actions/definitions/set_definition_suspension'
import { definitionSuspensionValidator } from '#validators/definitions'
import { actorOf } from '#services/request_context'

/** 挂起 / 激活 a version of a process (流程定义管理), with or without its running instances. */
export default class DefinitionSuspensionsController {
  /** POST /api/admin/definitions/:id/suspend */
  async suspend(ctx: HttpContext) {
    return this.#set(ctx, true)
  }

  /** POST /api/admin/definitions/:id/resume */
  async resume(ctx: HttpContext) {
    return this.#set(ctx, false)
  }

  async #set(ctx: HttpContext, suspended: boolean) {
    const { includeProcessInstances } = await ctx.request.validateUsing(definitionSuspensionValidator)
    const done = await setDefinitionSuspension({ definitionId: ctx.params.id, suspended, includeProcessInstances: includeProcessInstances ?? false }, actorOf(ctx))
    return { id: ctx.params.id, suspended, instances: done.instances }
  }
}
