import type { HttpContext } from '@adonisjs/core/http'
import { activateInstance, cancelInstance, instanceDto, suspendInstance, toVariableDtos } from '#engine'
import { instanceSuspensionBody } from '#validators/engine_rest'
import { appEngine, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/process-instance: list, one, its variables, suspending and cancelling it. */
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

  /** PUT /process-instance/{id}/suspended {suspended}: 204, as in Camunda */
  async suspended({ params, request, response }: HttpContext) {
    const { suspended } = await request.validateUsing(instanceSuspensionBody)
    await appEngine().execute(suspended ? suspendInstance : activateInstance, { processInstanceId: params.id })
    return response.noContent()
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, instanceDto(await engineQueries().instance(params.id)))
  }

  async variables({ params, response }: HttpContext) {
    return camundaJson(response, toVariableDtos(await engineQueries().variables(params.id)))
  }
}
