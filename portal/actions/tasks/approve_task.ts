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
 * rules; a step with a form cannot be approved without them), then completes the task with them, `outcome = "approve"` and the
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
    // a step with a form is judged by it: no values means its required fields are missing
    if (ctx.task.form_key) {
      const form = await formRegistry.forTask(taskId, ctx.trx)
      values = (await storeTaskSubmission(form, { value: body.value ?? {} }, caller, ctx.trx)).variables
    }
    await ctx.claimIfOpen()
    // a 加签 subtask gives its opinion only: the decision (outcome) stays with the task it was added to
    // the step's own form may have an 审核意见 field named opinion: an opinion typed beside the buttons does not blank it
    const opinion = body.opinion ?? (typeof values.opinion === 'string' ? values.opinion : '')
    const outcome = ctx.task.parent_task_id ? { signerOpinion: opinion } : { outcome: decision, opinion }
    await ctx.execute(completeTask, { taskId, variables: toVariables({ ...values, ...outcome }) })
    return { action: decision, comment: body.opinion ?? null }
  })
}
