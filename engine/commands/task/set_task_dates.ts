import { defineCommand } from '../../context/command_context.js'
import { writeTaskLinks } from '../../store/task_links.js'
import { findTask } from './lookup.js'

/** What PUT /task/{id} may change: the dates a supervisor extends (延期) or sets, and the priority. Omitted means unchanged. */
export interface SetTaskDatesInput {
  taskId: string
  due?: number | null
  followUp?: number | null
  priority?: number
}

/** Changes a task's due or follow-up date or priority; its history and its inbox links follow. */
export const setTaskDates = defineCommand('task.setDates', async (ctx, input: SetTaskDatesInput) => {
  const task = await findTask(ctx, input.taskId)
  const changes: Record<string, unknown> = {}
  if (input.due !== undefined) changes.due_at = input.due
  if (input.followUp !== undefined) changes.follow_up_at = input.followUp
  if (input.priority !== undefined) changes.priority = input.priority
  if (!Object.keys(changes).length) return
  await ctx.trx('engine_tasks').where('id', task.id).update(changes)
  await ctx.trx('engine_hist_tasks').where('id', task.id).update(changes)
  await writeTaskLinks(ctx.trx, task.id)
})
