import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { completeTask } from '#engine'
import { formInvalid } from '#exceptions/forms'
import { runTaskAction, toVariables, type Caller } from './task_action.js'

/** 驳回: the reason the applicant will read (checked for emptiness in the action, with a Chinese message at its path). */
export const returnTaskValidator = vine.create({
  returnReason: vine.string().trim().maxLength(500).optional(),
})

/**
 * 驳回 to the applicant: completes the task with `outcome = "return"` and
 * the reason; the model's gateway routes on the outcome. No reason, no return.
 */
export function returnTask(taskId: string, body: Infer<typeof returnTaskValidator>, caller: Caller) {
  const reason = body.returnReason?.trim()
  if (!reason) throw formInvalid([{ path: 'returnReason', message: '请填写驳回原因' }])
  return runTaskAction(taskId, caller, { declared: 'return' }, async (ctx) => {
    await ctx.claimIfOpen()
    await ctx.execute(completeTask, { taskId, variables: toVariables({ outcome: 'return', returnReason: reason, opinion: reason }) })
    return { action: 'return', comment: reason }
  })
}
