import type { HttpContext } from '@adonisjs/core/http'
import { listIncidents } from '#services/definitions/incident_list'
import { retryIncident } from '#actions/definitions/retry_incident'
import { incidentQueryValidator } from '#validators/definitions'
import { actorOf } from '#services/request_context'

/** 运行异常 of the deployed processes (流程定义管理): what failed where, and 重试. */
export default class IncidentsController {
  /** GET /api/admin/incidents?definitionKey= */
  async index(ctx: HttpContext) {
    const { definitionKey } = await ctx.request.validateUsing(incidentQueryValidator, { data: ctx.request.qs() })
    return { incidents: await listIncidents(definitionKey) }
  }

  /** POST /api/admin/incidents/:id/retry */
  async retry(ctx: HttpContext) {
    return retryIncident(ctx.params.id, actorOf(ctx))
  }
}
