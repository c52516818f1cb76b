import type { HttpContext } from '@adonisjs/core/http'
import { jobDto, setJobDueDate, setJobRetries } from '#engine'
import { dueDateBody, retriesBody } from '#validators/engine_rest'
import { jobQuery } from '#validators/engine_rest_queries'
import { appEngine, appJobExecutor, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/job: the timers waiting to fire, and an operator's hands on them. */
export default class JobsController {
  async index({ request, response }: HttpContext) {
    const filter = await request.validateUsing(jobQuery, { data: request.qs() })
    return camundaJson(response, (await engineQueries().jobs(filter)).map(jobDto))
  }

  /** GET /job/count */
  async count({ request, response }: HttpContext) {
    const filter = await request.validateUsing(jobQuery, { data: request.qs() })
    return camundaJson(response, { count: await engineQueries().jobCount(filter) })
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, jobDto(await engineQueries().job(params.id)))
  }

  /** POST /job/{id}/execute: runs it now, in this request; a failure counts a retry down and answers 500 */
  async execute({ params, response }: HttpContext) {
    await appJobExecutor().executeNow(params.id)
    return response.noContent()
  }

  /** PUT /job/{id}/retries {retries} */
  async retries({ params, request, response }: HttpContext) {
    const { retries } = await request.validateUsing(retriesBody)
    await appEngine().execute(setJobRetries, { jobId: params.id, retries })
    return response.noContent()
  }

  /** PUT /job/{id}/duedate {duedate} */
  async duedate({ params, request, response }: HttpContext) {
    const { duedate } = await request.validateUsing(dueDateBody)
    await appEngine().execute(setJobDueDate, { jobId: params.id, dueAt: duedate })
    return response.noContent()
  }
}
