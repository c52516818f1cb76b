import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import type { Variables } from '../../runtime/variables.js'
import { findActiveTask } from './lookup.js'
import { completeSubtask, refuseOpenSubtasks } from './subtasks.js'

export interface CompleteTaskInput {
  taskId: string
  variables?: Variables
}

/**
 * Completes a user task and moves its token on, in the same transaction. A
 * subtask (加签) only goes; a task with open subtasks is refused.
 */
export const completeTask = defineCommand('task.complete', async (ctx, input: CompleteTaskInput) => {
  const task = await findActiveTask(ctx, input.taskId)
  // Camunda's TaskService.complete contract: a delegated task is resolved by its delegate, then completed by its owner
  if (task.delegation_state === 'PENDING') {
    throw new BadRequestError(`Cannot complete task ${task.id}: it is delegated (PENDING) and must be resolved first`)
  }

  const run = await InstanceRun.lock(ctx, task.process_instance_id)
  await refuseOpenSubtasks(ctx, task, '完成')
  if (task.parent_task_id) {
    await completeSubtask(ctx, run, task, input.variables ?? {})
    return { taskId: task.id, processInstanceId: task.process_instance_id }
  }
  await run.setVariables(input.variables ?? {}, task.execution_id)
  await ctx.trx('engine_tasks').where('id', task.id).delete()
  await ctx.trx('engine_hist_tasks').where('id', task.id).update({ ended_at: ctx.now, delete_reason: 'completed', assignee: task.assignee })
  run.leaveWaitState(task.execution_id, task.task_definition_key)
  await run.run()
  return { taskId: task.id, processInstanceId: task.process_instance_id }
})
