import type { Infer } from '@vinejs/vine/types'
import { createSubtask } from '#engine'
import { colleagueOrFail } from '#services/inbox/colleagues'
import { runTaskAction, type Caller } from './task_action.js'
import type { handOverValidator } from './transfer_task.js'

/**
 * 加签: a colleague signs as well before the task can be decided. The
 * engine adds a subtask for him; the task cannot be completed or returned
 * until he has completed it (his opinion becomes a process variable).
 */
export function addSigner(taskId: string, body: Infer<typeof handOverValidator>, caller: Caller) {
  return runTaskAction(taskId, caller, { declared: 'add_signer' }, async (ctx) => {
    const colleague = await colleagueOrFail(body.userId, ctx.caseRow.id, caller.user, 'userId', ctx.trx)
    await ctx.claimIfOpen()
    await ctx.execute(createSubtask, { parentTaskId: taskId, name: `加签：${ctx.task.name ?? ctx.task.task_definition_key}`, assignee: colleague.username })
    return { action: 'add_signer', target: colleague.username, comment: body.comment ?? null }
  })
}
