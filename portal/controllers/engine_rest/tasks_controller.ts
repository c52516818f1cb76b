import type { HttpContext } from '@adonisjs/core/http'
import { completeTask, fromVariableDtos, taskDto } from '#engine'
import { completeBody } from '#validators/engine_rest'
import { appEngine, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/task: the user-task inbox behind the portal, in Camunda's shapes. */
export default class TasksController {
  async index({ request, response }: HttpContext) {
    const { assignee, candidateGroup, processInstanceId, taskDefinitionKey } = request.qs()
    const tasks = await engineQueries().tasks({ assignee, candidateGroup, processInstanceId, taskDefinitionKey })
    return camundaJson(response, tasks.map(taskDto))
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, taskDto(await engineQueries().task(params.id)))
  }

  async complete({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(completeBody)
    await appEngine().execute(completeTask, { taskId: params.id, variables: fromVariableDtos(body.variables as any) })
    return response.noContent()
  }
}
