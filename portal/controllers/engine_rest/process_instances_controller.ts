import type { HttpContext } from '@adonisjs/core/http'
import { instanceDto, toVariableDtos } from '#engine'
import { engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/process-instance/{id} and its variables. */
export default class ProcessInstancesController {
  async show({ params, response }: HttpContext) {
    return camundaJson(response, instanceDto(await engineQueries().instance(params.id)))
  }

  async variables({ params, response }: HttpContext) {
    return camundaJson(response, toVariableDtos(await engineQueries().variables(params.id)))
  }
}
