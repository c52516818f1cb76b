import type { HttpContext } from '@adonisjs/core/http'
import { historicActivityInstanceDto, historicProcessInstanceDto, historicTaskDto, historicVariableDto } from '#engine'
import { historyQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'
import { historicActivityInstanceQuery, historicProcessInstanceQuery, historicTaskQuery, historicVariableQuery } from '#validators/engine_history'

/** /engine-rest/history/…: what happened to instances, activities, tasks and variables, ended ones included. */
export default class HistoryController {
  async processInstances({ request, response }: HttpContext) {
    const filter = await request.validateUsing(historicProcessInstanceQuery)
    return camundaJson(response, ((await historyQueries().processInstances(filter)) as Record<string, unknown>[]).map(historicProcessInstanceDto))
  }

  async processInstanceCount({ request, response }: HttpContext) {
    const filter = await request.validateUsing(historicProcessInstanceQuery)
    return camundaJson(response, { count: await historyQueries().processInstances(filter, true) })
  }

  async processInstance({ params, response }: HttpContext) {
    return camundaJson(response, historicProcessInstanceDto(await historyQueries().processInstance(params.id)))
  }

  async activityInstances({ request, response }: HttpContext) {
    const filter = await request.validateUsing(historicActivityInstanceQuery)
    return camundaJson(response, (await historyQueries().activityInstances(filter)).map(historicActivityInstanceDto))
  }

  async tasks({ request, response }: HttpContext) {
    const filter = await request.validateUsing(historicTaskQuery)
    return camundaJson(response, (await historyQueries().tasks(filter)).map(historicTaskDto))
  }

  async variables({ request, response }: HttpContext) {
    const filter = await request.validateUsing(historicVariableQuery)
    return camundaJson(response, (await historyQueries().variables(filter)).map(historicVariableDto))
  }
}
