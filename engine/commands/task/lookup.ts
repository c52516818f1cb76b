import type { CommandContext } from '../../context/command_context.js'
import { NotFoundError } from '../../errors.js'
import type { TaskRow } from '../../store/rows.js'

/** The open user task, which must exist (Camunda's "Cannot find task with id …"). */
export async function findTask(ctx: CommandContext, taskId: string): Promise<TaskRow> {
  const task = (await ctx.trx('engine_tasks').where('id', taskId).first()) as TaskRow | undefined
  if (!task) throw new NotFoundError(`Cannot find task with id ${taskId}`)
  return task
}
