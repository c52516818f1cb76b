import type { HttpContext } from '@adonisjs/core/http'
import { cancelInstance, instanceDto, toVariableDtos } from '#engine'
import { appEngine, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/process-instance: list, one, its variables, and cancelling it. */
export default class ProcessInstancesController {
  async index({ request, response }: HttpContext) {
    const { businessKey, processDefinitionKey, superProcessInstance } = request.qs()
    return camundaJson(response, (await engineQueries().instances({ businessKey, processDefinitionKey, superProcessInstance })).map(instanceDto))
  }

  async activityInstances({ params, response }: HttpContext) {
    const engine = appEngine()
    return camundaJson(response, await engineQueries().activityInstances(params.id, (id) => engine.model(id)))
  }

  async destroy({ params, response }: HttpContext) {
    await appEngine().execute(cancelInstance, { processInstanceId: params.id })
    return response.noContent()
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, instanceDto(await engineQueries().instance(params.id)))
  }

  async variables({ params, response }: HttpContext) {
    return camundaJson(response, toVariableDtos(await engineQueries().variables(params.id)))
  }
}
