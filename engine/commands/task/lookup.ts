import type { CommandContext } from '../../context/command_context.js'
import { NotFoundError, SuspendedEntityInteractionError } from '../../errors.js'
import type { TaskRow } from '../../store/rows.js'

/** The open user task, which must exist (Camunda's "Cannot find task with id …"). */
export async function findTask(ctx: CommandContext, taskId: string): Promise<TaskRow> {
  const task = (await ctx.trx('engine_tasks').where('id', taskId).first()) as TaskRow | undefined
  if (!task) throw new NotFoundError(`Cannot find task with id ${taskId}`)
  return task
}

/**
 * The open user task, which must also be active: a suspended one cannot be
 * completed, claimed, delegated or handed around (Camunda's ensureTaskActive);
 * its variables and dates may still change.
 */
export async function findActiveTask(ctx: CommandContext, taskId: string): Promise<TaskRow> {
  const task = await findTask(ctx, taskId)
  if (task.suspended) throw new SuspendedEntityInteractionError(`流程已挂起，任务 ${taskId} 暂不能办理 (task with id '${taskId}' is suspended)`)
  return task
}
