import type { HttpContext } from '@adonisjs/core/http'
import { fromVariableDtos, setTaskVariables, toVariableDtos } from '#engine'
import { taskVariablesBody } from '#validators/engine_rest'
import { appEngine, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/task/{id}/variables: what the task sees, and changing it without completing the task. */
export default class TaskVariablesController {
  async index({ params, response }: HttpContext) {
    return camundaJson(response, toVariableDtos(await engineQueries().taskVariables(params.id)))
  }

  /** POST /task/{id}/variables {modifications, deletions} */
  async update({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(taskVariablesBody)
    await appEngine().execute(setTaskVariables, { taskId: params.id, modifications: fromVariableDtos(body.modifications as any), deletions: body.deletions ?? [] })
    return response.noContent()
  }
}
