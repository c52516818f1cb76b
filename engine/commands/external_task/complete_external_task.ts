import { defineCommand } from '../../context/command_context.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import type { Variables } from '../../runtime/variables.js'
import { activeExternalTask } from './lookup.js'

export interface CompleteExternalTaskInput {
  id: string
  workerId: string
  variables?: Variables
  /** set on the task's execution only: visible to its output mapping, gone when it leaves */
  localVariables?: Variables
}

/** A worker finished: its variables are set, the task goes, and the token moves on. */
export const completeExternalTask = defineCommand('externalTask.complete', async (ctx, input: CompleteExternalTaskInput) => {
  const task = await activeExternalTask(ctx, input.id, input.workerId)
  const run = await InstanceRun.lock(ctx, task.process_instance_id)
  await run.setVariables(input.variables ?? {}, task.execution_id)
  await run.setLocalVariables(input.localVariables ?? {}, task.execution_id)
  await ctx.trx('engine_external_tasks').where('id', task.id).delete()
  await ctx.trx('engine_incidents').where({ configuration: task.id }).delete()
  run.leaveWaitState(task.execution_id, task.activity_id)
  await run.run()
  return { id: task.id }
})
