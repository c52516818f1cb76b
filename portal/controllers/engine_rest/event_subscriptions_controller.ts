import type { HttpContext } from '@adonisjs/core/http'
import { eventSubscriptionDto } from '#engine'
import { eventSubscriptionQuery } from '#validators/engine_rest_queries'
import { engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** GET /engine-rest/event-subscription: the messages and signals the engine waits for. */
export default class EventSubscriptionsController {
  async index({ request, response }: HttpContext) {
    const filter = await request.validateUsing(eventSubscriptionQuery, { data: request.qs() })
    return camundaJson(response, (await engineQueries().eventSubscriptions(filter)).map(eventSubscriptionDto))
  }

  /** GET /event-subscription/count */
  async count({ request, response }: HttpContext) {
    const filter = await request.validateUsing(eventSubscriptionQuery, { data: request.qs() })
    return camundaJson(response, { count: await engineQueries().eventSubscriptionCount(filter) })
  }
}
