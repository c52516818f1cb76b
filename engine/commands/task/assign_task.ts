import type { Knex } from 'knex'
import { defineCommand } from '../../context/command_context.js'
import { BadRequestError, NotFoundError } from '../../errors.js'

async function findTask(trx: Knex.Transaction, taskId: string) {
  const task = await trx('engine_tasks').where('id', taskId).first()
  if (!task) throw new NotFoundError(`Cannot find task with id ${taskId}`)
  return task
}

/** 签收: takes an unassigned task; someone else's task cannot be claimed (Camunda's TaskAlreadyClaimedException). */
export const claimTask = defineCommand('task.claim', async (ctx, input: { taskId: string; userId: string }) => {
  const task = await findTask(ctx.trx, input.taskId)
  if (task.assignee && task.assignee !== input.userId) {
    throw new BadRequestError(`Task '${task.id}' is already claimed by someone else.`)
  }
  await ctx.trx('engine_tasks').where('id', task.id).update({ assignee: input.userId })
})

/** Gives a claimed task back to its candidates. */
export const unclaimTask = defineCommand('task.unclaim', async (ctx, input: { taskId: string }) => {
  const task = await findTask(ctx.trx, input.taskId)
  await ctx.trx('engine_tasks').where('id', task.id).update({ assignee: null })
})

/** 转办: sets the assignee outright, whoever held it. */
export const setAssignee = defineCommand('task.setAssignee', async (ctx, input: { taskId: string; userId: string | null }) => {
  const task = await findTask(ctx.trx, input.taskId)
  await ctx.trx('engine_tasks').where('id', task.id).update({ assignee: input.userId })
})
