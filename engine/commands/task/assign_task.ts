import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { findActiveTask } from './lookup.js'
import { updateTask } from './task_update.js'

/** 签收: takes an unassigned task; someone else's task cannot be claimed (Camunda's TaskAlreadyClaimedException). */
export const claimTask = defineCommand('task.claim', async (ctx, input: { taskId: string; userId: string }) => {
  const task = await findActiveTask(ctx, input.taskId)
  if (task.assignee && task.assignee !== input.userId) {
    throw new BadRequestError(`Task '${task.id}' is already claimed by someone else.`)
  }
  await updateTask(ctx, task.id, { assignee: input.userId })
})

/** Gives a claimed task back to its candidates. */
export const unclaimTask = defineCommand('task.unclaim', async (ctx, input: { taskId: string }) => {
  const task = await findActiveTask(ctx, input.taskId)
  await updateTask(ctx, task.id, { assignee: null })
})

/** 转办: sets the assignee outright, whoever held it. */
export const setAssignee = defineCommand('task.setAssignee', async (ctx, input: { taskId: string; userId: string | null }) => {
  const task = await findActiveTask(ctx, input.taskId)
  await updateTask(ctx, task.id, { assignee: input.userId })
})
