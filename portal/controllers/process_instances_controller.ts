import type { HttpContext } from '@adonisjs/core/http'
import { runningInstances } from '#services/definitions/running_instances'
import { setInstanceSuspension } from '#actions/definitions/set_instance_suspension'
import { runningInstancesValidator } from '#validators/definitions'
import { actorOf } from '#services/request_context'

/** 运行中的实例 of a version (流程定义管理): where each waits, and 挂起 / 激活 one of them. */
export default class ProcessInstancesController {
  /** GET /api/admin/instances?definitionId= */
  async index(ctx: HttpContext) {
    const { definitionId } = await ctx.request.validateUsing(runningInstancesValidator, { data: ctx.request.qs() })
    return { instances: await runningInstances(definitionId) }
  }

  /** POST /api/admin/instances/:id/suspend */
  async suspend(ctx: HttpContext) {
    return setInstanceSuspension(ctx.params.id, true, actorOf(ctx))
  }

  /** POST /api/admin/instances/:id/resume */
  async resume(ctx: HttpContext) {
    return setInstanceSuspension(ctx.params.id, false, actorOf(ctx))
  }
}
