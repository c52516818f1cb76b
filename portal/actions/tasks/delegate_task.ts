import type { Infer } from '@vinejs/vine/types'
import { delegateTask as delegate } from '#engine'
import { colleagueOrFail } from '#services/inbox/colleagues'
import { TaskConflictError } from '#exceptions/tasks'
import { runTaskAction, type Caller } from './task_action.js'
import type { handOverValidator } from './transfer_task.js'

/**
 * 委派: the colleague works on the task and gives it back (归还); the
 * caller becomes its owner and completes it afterwards (Camunda's delegate).
 */
export function delegateTask(taskId: string, body: Infer<typeof handOverValidator>, caller: Caller) {
  return runTaskAction(taskId, caller, { declared: 'delegate' }, async (ctx) => {
    if (ctx.task.delegation_state === 'PENDING') throw new TaskConflictError('任务已委派，须先由被委派人归还')
    const colleague = await colleagueOrFail(body.userId, ctx.caseRow.id, caller.user, 'userId', ctx.trx)
    await ctx.claimIfOpen()
    await ctx.execute(delegate, { taskId, userId: colleague.username })
    return { action: 'delegate', target: colleague.username, comment: body.comment ?? null }
  })
}
