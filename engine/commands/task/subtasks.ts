import type { CommandContext } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import type { InstanceRun } from '../../runtime/instance_run.js'
import type { Variables } from '../../runtime/variables.js'
import type { TaskRow } from '../../store/rows.js'

/** The open subtasks of a task; a task with some can be neither completed nor returned. */
export async function openSubtaskCount(ctx: CommandContext, taskId: string): Promise<number> {
  const [{ count }] = await ctx.trx('engine_tasks').where('parent_task_id', taskId).count({ count: '*' })
  return Number(count)
}

/** Refuses to move on from a task while co-signers still work on it. */
export async function refuseOpenSubtasks(ctx: CommandContext, task: TaskRow, what: string): Promise<void> {
  const open = await openSubtaskCount(ctx, task.id)
  if (open > 0) throw new BadRequestError(`任务 ${task.id} 还有 ${open} 个未完成的加签任务，不能${what} (task ${task.id} has ${open} open subtask(s))`)
}

/**
 * A subtask is done: its variables are set where its parent's execution sees
 * them, it goes (history: completed), and the process does not move.
 */
export async function completeSubtask(ctx: CommandContext, run: InstanceRun, task: TaskRow, variables: Variables): Promise<void> {
  await run.setVariables(variables, task.execution_id)
  await ctx.trx('engine_tasks').where('id', task.id).delete()
  await ctx.trx('engine_hist_tasks').where('id', task.id).update({ ended_at: ctx.now, delete_reason: 'completed', assignee: task.assignee })
}
