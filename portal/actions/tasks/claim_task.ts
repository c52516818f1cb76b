import { claimTask as claim, unclaimTask as unclaim } from '#engine'
import { isCandidate } from '#services/inbox/task_holders'
import { TaskConflictError } from '#exceptions/tasks'
import { TaskNotYoursError } from '#exceptions/forms'
import { runTaskAction, type Caller } from './task_action.js'

/** 认领: a candidate takes an unassigned task, so that the other candidates no longer see it as theirs. */
export function claimTask(taskId: string, caller: Caller) {
  return runTaskAction(taskId, caller, { holder: false }, async (ctx) => {
    if (!isCandidate(ctx.task, ctx.holder)) throw new TaskNotYoursError(taskId)
    if (ctx.task.assignee) throw new TaskConflictError(ctx.task.assignee === ctx.holder.username ? '您已认领此任务' : '任务已被他人认领')
    await ctx.execute(claim, { taskId, userId: ctx.holder.username })
    return { action: 'claim' }
  })
}

/** 取消认领: gives a claimed task back to its candidates; a task assigned by name cannot be given back. */
export function unclaimTask(taskId: string, caller: Caller) {
  return runTaskAction(taskId, caller, {}, async (ctx) => {
    if (!ctx.task.assignee || !isCandidate(ctx.task, ctx.holder)) throw new TaskConflictError('此任务不是认领来的，不能取消认领')
    if (ctx.task.delegation_state === 'PENDING') throw new TaskConflictError('任务已委派，须先由被委派人归还')
    await ctx.execute(unclaim, { taskId })
    return { action: 'unclaim' }
  })
}
