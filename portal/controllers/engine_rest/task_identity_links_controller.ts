import type { HttpContext } from '@adonisjs/core/http'
import { addIdentityLink, deleteIdentityLink } from '#engine'
import { identityLinkBody } from '#validators/engine_rest'
import { identityLinkQuery } from '#validators/engine_rest_queries'
import { appEngine, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/task/{id}/identity-links: who may or must work on a task (candidates, assignee, owner). */
export default class TaskIdentityLinksController {
  async index({ params, request, response }: HttpContext) {
    const { type } = await request.validateUsing(identityLinkQuery, { data: request.qs() })
    return camundaJson(response, await engineQueries().identityLinks(params.id, type))
  }

  async store({ params, request, response }: HttpContext) {
    const link = await request.validateUsing(identityLinkBody)
    await appEngine().execute(addIdentityLink, { taskId: params.id, ...link })
    return response.noContent()
  }

  /** POST /task/{id}/identity-links/delete (Camunda's verb for removing one) */
  async destroy({ params, request, response }: HttpContext) {
    const link = await request.validateUsing(identityLinkBody)
    await appEngine().execute(deleteIdentityLink, { taskId: params.id, ...link })
    return response.noContent()
  }
}
