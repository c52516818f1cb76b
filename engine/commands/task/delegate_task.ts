import { defineCommand } from '../../context/command_context.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import type { Variables } from '../../runtime/variables.js'
import { findActiveTask } from './lookup.js'
import { updateTask } from './task_update.js'

/**
 * 委派: hands the task to someone who works on it and reports back. The
 * current assignee becomes the owner unless the task has one, and the
 * delegation is PENDING until resolved (Camunda's TaskEntity.delegate).
 */
export const delegateTask = defineCommand('task.delegate', async (ctx, input: { taskId: string; userId: string | null }) => {
  const task = await findActiveTask(ctx, input.taskId)
  await updateTask(ctx, task.id, {
    owner: task.owner ?? task.assignee,
    assignee: input.userId,
    delegation_state: 'PENDING',
  })
})

export interface ResolveTaskInput {
  taskId: string
  variables?: Variables
}

/**
 * The delegate is done: the variables are set, the task goes back to its
 * owner and is RESOLVED; only then can the owner complete it. Like Camunda,
 * it does not check that the task was delegated.
 */
export const resolveTask = defineCommand('task.resolve', async (ctx, input: ResolveTaskInput) => {
  const task = await findActiveTask(ctx, input.taskId)
  const run = await InstanceRun.lock(ctx, task.process_instance_id)
  await run.setVariables(input.variables ?? {}, task.execution_id)
  await updateTask(ctx, task.id, { assignee: task.owner, delegation_state: 'RESOLVED' })
})
