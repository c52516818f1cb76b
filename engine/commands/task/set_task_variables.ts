import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import type { Variables } from '../../runtime/variables.js'
import { findTask } from './lookup.js'

export interface SetTaskVariablesInput {
  taskId: string
  modifications?: Variables
  /** Camunda removes these; the runtime has no variable removal yet, so any name is refused */
  deletions?: readonly string[]
}

/** POST /task/{id}/variables: sets variables where the task sees them (its scopes, else its process instance), without completing it. */
export const setTaskVariables = defineCommand('task.setVariables', async (ctx, input: SetTaskVariablesInput) => {
  if (input.deletions?.length) throw new BadRequestError('Deleting variables is not supported; set them to null instead')
  const task = await findTask(ctx, input.taskId)
  const run = await InstanceRun.lock(ctx, task.process_instance_id)
  await run.setVariables(input.modifications ?? {}, task.execution_id)
})
