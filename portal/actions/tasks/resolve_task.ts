import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { resolveTask as resolve } from '#engine'
import { TaskConflictError } from '#exceptions/tasks'
import { runTaskAction, toVariables, type Caller } from './task_action.js'

/** 归还: the delegate's opinion for the owner. */
export const resolveTaskValidator = vine.create({
  opinion: vine.string().trim().maxLength(500).optional(),
})

/** 归还: the delegate hands a delegated task back to its owner, who then decides. */
export function resolveTask(taskId: string, body: Infer<typeof resolveTaskValidator>, caller: Caller) {
  return runTaskAction(taskId, caller, {}, async (ctx) => {
    if (ctx.task.delegation_state !== 'PENDING') throw new TaskConflictError('任务未被委派，无需归还')
    await ctx.execute(resolve, { taskId, variables: toVariables({ delegateOpinion: body.opinion ?? '' }) })
    return { action: 'resolve', target: ctx.task.owner, comment: body.opinion ?? null }
  })
}
