import type { HttpContext } from '@adonisjs/core/http'
import {
  BadRequestError,
  completeExternalTask,
  externalTaskDto,
  extendLock,
  fromVariableDtos,
  handleBpmnError,
  handleFailure,
  lockExternalTask,
  lockedExternalTaskDto,
  unlockExternalTask,
} from '#engine'
import { bpmnErrorBody, completeExternalTaskBody, extendLockBody, failureBody, fetchAndLockBody, lockBody } from '#validators/engine_rest'
import { externalTaskQuery } from '#validators/engine_rest_queries'
import { appEngine, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'
import { MAX_ASYNC_RESPONSE_TIMEOUT, fetchAndLockLongPolling, hangUpSignal } from '#services/engine/long_poll'

/** /engine-rest/external-task: the contract camunda-external-task-client-js relies on. */
export default class ExternalTasksController {
  async index({ request, response }: HttpContext) {
    const filter = await request.validateUsing(externalTaskQuery, { data: request.qs() })
    return camundaJson(response, (await engineQueries().externalTasks(filter)).map(externalTaskDto))
  }

  /** GET /external-task/count */
  async count({ request, response }: HttpContext) {
    const filter = await request.validateUsing(externalTaskQuery, { data: request.qs() })
    return camundaJson(response, { count: await engineQueries().externalTaskCount(filter) })
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, externalTaskDto(await engineQueries().externalTask(params.id)))
  }

  async fetchAndLock({ request, response }: HttpContext) {
    const { asyncResponseTimeout, ...input } = await request.validateUsing(fetchAndLockBody)
    if ((asyncResponseTimeout ?? 0) > MAX_ASYNC_RESPONSE_TIMEOUT) {
      throw new BadRequestError(`The asynchronous response timeout cannot be set to a value greater than ${MAX_ASYNC_RESPONSE_TIMEOUT} milliseconds`)
    }
    const tasks = await fetchAndLockLongPolling(appEngine(), input, asyncResponseTimeout, hangUpSignal(response.response))
    return camundaJson(response, tasks.map(lockedExternalTaskDto))
  }

  async complete({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(completeExternalTaskBody)
    await appEngine().execute(completeExternalTask, { id: params.id, workerId: body.workerId, variables: fromVariableDtos(body.variables as any), localVariables: fromVariableDtos(body.localVariables as any) })
    return response.noContent()
  }

  async failure({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(failureBody)
    await appEngine().execute(handleFailure, { id: params.id, ...body })
    return response.noContent()
  }

  async bpmnError({ params, request, response }: HttpContext) {
    const { variables, ...body } = await request.validateUsing(bpmnErrorBody)
    await appEngine().execute(handleBpmnError, { id: params.id, ...body, variables: fromVariableDtos(variables as any) })
    return response.noContent()
  }

  async extendLock({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(extendLockBody)
    await appEngine().execute(extendLock, { id: params.id, ...body })
    return response.noContent()
  }

  async lock({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(lockBody)
    await appEngine().execute(lockExternalTask, { id: params.id, ...body })
    return response.noContent()
  }

  async unlock({ params, response }: HttpContext) {
    await appEngine().execute(unlockExternalTask, { id: params.id })
    return response.noContent()
  }
}
