import type { HttpContext } from '@adonisjs/core/http'
import { setExternalTaskRetries } from '#engine'
import { retriesBody } from '#validators/engine_rest'
import { appEngine } from '#services/engine/engine'

/** PUT /engine-rest/external-task/{id}/retries: an operator gives a failed task new tries (or takes them away). */
export default class ExternalTaskRetriesController {
  async update({ params, request, response }: HttpContext) {
    const { retries } = await request.validateUsing(retriesBody)
    await appEngine().execute(setExternalTaskRetries, { id: params.id, retries })
    return response.noContent()
  }
}
