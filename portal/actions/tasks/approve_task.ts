import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { completeTask } from '#engine'
import { formRegistry } from '#services/forms/form_registry'
import { storeTaskSubmission } from '#actions/forms/submit_task_form'
import { runTaskAction, toVariables, type Caller } from './task_action.js'

type Decision = 'approve' | 'submit'

/** 通过: the task form's values (if the step has a form) and an optional opinion. */
export const approveTaskValidator = vine.create({
  value: vine.object({}).allowUnknownProperties().optional(),
  opinion: vine.string().trim().maxLength(500).optional(),
})

/**
 * 通过: stores the task form's values (validated with the step's field
 * rules), then completes the task with them, `outcome = "approve"` and the
 * opinion as process variables.
 */
export function approveTask(taskId: string, body: Infer<typeof approveTaskValidator>, caller: Caller) {
  return completeWithForm('approve', taskId, body, caller)
}

/** 提交: the applicant's step (补正 after a return): the same completion, with `outcome = "submit"`. */
export function submitTask(taskId: string, body: Infer<typeof approveTaskValidator>, caller: Caller) {
  return completeWithForm('submit', taskId, body, caller)
}

function completeWithForm(decision: Decision, taskId: string, body: Infer<typeof approveTaskValidator>, caller: Caller) {
  return runTaskAction(taskId, caller, { declared: decision }, async (ctx) => {
    let values: Record<string, unknown> = {}
    if (ctx.task.form_key && body.value) {
      const form = await formRegistry.forTask(taskId, ctx.trx)
      values = (await storeTaskSubmission(form, { value: body.value }, caller, ctx.trx)).variables
    }
    await ctx.claimIfOpen()
    await ctx.execute(completeTask, { taskId, variables: toVariables({ ...values, outcome: decision, opinion: body.opinion ?? '' }) })
    return { action: decision, comment: body.opinion ?? null }
  })
}
