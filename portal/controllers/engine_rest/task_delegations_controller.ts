import type { HttpContext } from '@adonisjs/core/http'
import { delegateTask, fromVariableDtos, resolveTask } from '#engine'
import { completeBody, userIdBody } from '#validators/engine_rest'
import { appEngine } from '#services/engine/engine'

/** POST /engine-rest/task/{id}/delegate and /resolve: 委派, and reporting back to the owner. */
export default class TaskDelegationsController {
  /** POST /task/{id}/delegate {userId} */
  async delegate({ params, request, response }: HttpContext) {
    const { userId } = await request.validateUsing(userIdBody)
    await appEngine().execute(delegateTask, { taskId: params.id, userId })
    return response.noContent()
  }

  /** POST /task/{id}/resolve {variables} */
  async resolve({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(completeBody)
    await appEngine().execute(resolveTask, { taskId: params.id, variables: fromVariableDtos(body.variables as any) })
    return response.noContent()
  }
}
