import type { HttpContext } from '@adonisjs/core/http'
import { BadRequestError, type TaskFilter, claimTask, completeTask, fromVariableDtos, parseDate, setAssignee, setTaskDates, taskDto, unclaimTask } from '#engine'
import { completeBody, taskUpdateBody, userIdBody } from '#validators/engine_rest'
import { taskQuery } from '#validators/engine_rest_queries'
import { appEngine, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** `parentTaskId` (subtasks, 加签), read beside the shared task query validator. */
function subtaskFilter(qs: Record<string, unknown>): Pick<TaskFilter, 'parentTaskId'> {
  return typeof qs.parentTaskId === 'string' && qs.parentTaskId ? { parentTaskId: qs.parentTaskId } : {}
}

/** /engine-rest/task: the user-task inbox behind the portal, in Camunda's shapes. */
export default class TasksController {
  async index({ request, response }: HttpContext) {
    const filter = { ...(await request.validateUsing(taskQuery, { data: request.qs() })), ...subtaskFilter(request.qs()) }
    return camundaJson(response, (await engineQueries().tasks(filter)).map(taskDto))
  }

  /** GET /task/count */
  async count({ request, response }: HttpContext) {
    const filter = { ...(await request.validateUsing(taskQuery, { data: request.qs() })), ...subtaskFilter(request.qs()) }
    return camundaJson(response, { count: await engineQueries().taskCount(filter) })
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, taskDto(await engineQueries().task(params.id)))
  }

  /** PUT /task/{id} {due, followUp, priority}: Camunda's task update, for the fields a station changes (延期) */
  async update({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(taskUpdateBody)
    const date = (value: string | null | undefined) => {
      if (value === undefined || value === null) return value
      const at = parseDate(value)
      if (Number.isNaN(at)) throw new BadRequestError(`Cannot set a task date from '${value}': expected yyyy-MM-dd'T'HH:mm:ss.SSSZ`)
      return at
    }
    await appEngine().execute(setTaskDates, { taskId: params.id, due: date(body.due), followUp: date(body.followUp), priority: body.priority })
    return response.noContent()
  }

  /** POST /task/{id}/claim {userId} */
  async claim({ params, request, response }: HttpContext) {
    const { userId } = await request.validateUsing(userIdBody)
    if (!userId) throw new BadRequestError('userId is required to claim a task')
    await appEngine().execute(claimTask, { taskId: params.id, userId })
    return response.noContent()
  }

  async unclaim({ params, response }: HttpContext) {
    await appEngine().execute(unclaimTask, { taskId: params.id })
    return response.noContent()
  }

  /** POST /task/{id}/assignee {userId} */
  async assignee({ params, request, response }: HttpContext) {
    const { userId } = await request.validateUsing(userIdBody)
    await appEngine().execute(setAssignee, { taskId: params.id, userId })
    return response.noContent()
  }

  async complete({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(completeBody)
    await appEngine().execute(completeTask, { taskId: params.id, variables: fromVariableDtos(body.variables as any) })
    return response.noContent()
  }
}
