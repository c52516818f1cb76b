import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { returnToActivity } from '#engine'
import { formInvalid } from '#exceptions/forms'
import { runTaskAction, toVariables, type Caller } from './task_action.js'

/** 退回: the earlier step (its BPMN id, from GET /api/tasks/:id/returnable-activities) and why. */
export const returnToStepValidator = vine.create({
  activityId: vine.string().trim().maxLength(64).optional(),
  comment: vine.string().trim().maxLength(500).optional(),
})

/**
 * 退回 to an earlier step: the engine ends this task and opens the chosen
 * earlier user task again (only where its rules allow; otherwise a 409 with
 * its reason). The comment travels as `returnReason`.
 */
export function returnToStep(taskId: string, body: Infer<typeof returnToStepValidator>, caller: Caller) {
  if (!body.activityId) throw formInvalid([{ path: 'activityId', message: '请选择退回到的环节' }])
  const activityId = body.activityId
  return runTaskAction(taskId, caller, { declared: 'return_to_step' }, async (ctx) => {
    await ctx.claimIfOpen()
    await ctx.execute(returnToActivity, { taskId, activityId, variables: toVariables({ returnReason: body.comment ?? '' }) })
    return { action: 'return_to_step', target: activityId, comment: body.comment ?? null }
  })
}
