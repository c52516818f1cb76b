import type { HttpContext } from '@adonisjs/core/http'
import { incidentDto } from '#engine'
import { engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'
import { engineRestOpenApi } from '#services/engine/openapi'

/** GET /engine-rest/incident, and the API's own description */
export default class IncidentsController {
  /** GET /engine-rest/openapi.json */
  async openapi({ response }: HttpContext) {
    return camundaJson(response, engineRestOpenApi)
  }

  async index({ request, response }: HttpContext) {
    const rows = await engineQueries().incidents({ processInstanceId: request.qs().processInstanceId })
    return camundaJson(response, rows.map(incidentDto))
  }
}
