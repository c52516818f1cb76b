import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import { fromVariableDtos, returnToActivity } from '#engine'
import { appEngine, engineQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** A Camunda variable DTO, as in completeBody. */
const variable = () => vine.object({ value: vine.any().optional(), type: vine.string().optional(), valueInfo: vine.record(vine.any()).optional() })

const returnTaskBody = vine.create({
  activityId: vine.string().trim().minLength(1).maxLength(64),
  variables: vine.record(variable()).optional(),
})

/**
 * Zhian's extension to Camunda's task resource: 退回到已完成的步骤, going back
 * to an earlier user task of the same scope (Camunda 7 would need process
 * instance modification for this).
 */
export default class TaskReturnsController {
  /** GET /task/{id}/returnable-activities: [{ activityId, name }] the task may go back to */
  async index({ params, response }: HttpContext) {
    return camundaJson(response, await engineQueries().returnableActivities(params.id))
  }

  /** POST /task/{id}/return { activityId, variables } */
  async store({ params, request, response }: HttpContext) {
    const body = await request.validateUsing(returnTaskBody)
    await appEngine().execute(returnToActivity, { taskId: params.id, activityId: body.activityId, variables: fromVariableDtos(body.variables as any) })
    return response.noContent()
  }
}
