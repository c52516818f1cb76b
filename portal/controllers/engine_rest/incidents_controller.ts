import type { HttpContext } from '@adonisjs/core/http'
import { incidentDto } from '#engine'
import { engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** GET /engine-rest/incident */
export default class IncidentsController {
  async index({ request, response }: HttpContext) {
    const rows = await engineQueries().incidents({ processInstanceId: request.qs().processInstanceId })
    return camundaJson(response, rows.map(incidentDto))
  }
}
