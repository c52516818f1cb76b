import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { returnExecution } from '../../runtime/behaviours/return_to_activity.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import { returnRefusal } from '../../runtime/return_rules.js'
import type { Variables } from '../../runtime/variables.js'
import { completedUserTasks } from '../../store/completed_tasks.js'
import { SUBTASK_DEFINITION_KEY } from '../../store/rows.js'
import { findActiveTask } from './lookup.js'
import { openSubtaskCount } from './subtasks.js'

export interface ReturnToActivityInput {
  taskId: string
  /** the earlier user task to go back to */
  activityId: string
  /** set as completing the task would set them (a reason for the return, say) */
  variables?: Variables
}

/**
 * 退回到已完成的步骤: ends the open user task (history: deleteReason
 * 'returned') and opens a new instance of an earlier user task of the same
 * scope on the same execution. Only where that is safe: one token in the
 * scope, no multi-instance, no open subtasks, a target completed before and
 * not inside a parallel branch (see `return_rules.ts`); otherwise a 400
 * saying why.
 */
export const returnToActivity = defineCommand('task.returnToActivity', async (ctx, input: ReturnToActivityInput) => {
  const task = await findActiveTask(ctx, input.taskId)
  const run = await InstanceRun.lock(ctx, task.process_instance_id)
  const execution = run.tree.require(task.execution_id)
  const refusal = returnRefusal(
    {
      model: run.model,
      activityId: task.task_definition_key === SUBTASK_DEFINITION_KEY ? null : task.task_definition_key,
      executionKind: execution.kind,
      executionsInScope: run.tree.children(execution.parentId).length,
      openSubtasks: await openSubtaskCount(ctx, task.id),
      completed: await completedUserTasks(ctx.trx, task.process_instance_id),
    },
    input.activityId
  )
  if (refusal) throw new BadRequestError(`任务 ${task.id}（${task.task_definition_key}）不能退回到 ${input.activityId}：${refusal}`)

  await run.setVariables(input.variables ?? {}, task.execution_id)
  await ctx.trx('engine_hist_tasks').where('id', task.id).update({ ended_at: ctx.now, delete_reason: 'returned', assignee: task.assignee })
  await returnExecution(run, execution, input.activityId)
  await run.run()
  return { taskId: task.id, processInstanceId: task.process_instance_id, activityId: input.activityId }
})
