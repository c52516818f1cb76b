import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import { throwError } from '../../runtime/behaviours/thrown_events.js'
import type { Variables } from '../../runtime/variables.js'
import { activeExternalTask } from './lookup.js'

export interface HandleBpmnErrorInput {
  id: string
  workerId: string
  errorCode: string
  errorMessage?: string | null
  variables?: Variables
}

/**
 * A worker reports a business error (not a technical failure): variables are
 * set first, then the error goes to the activity's error boundary event.
 */
export const handleBpmnError = defineCommand('externalTask.handleBpmnError', async (ctx, input: HandleBpmnErrorInput) => {
  if (!input.errorCode) throw new BadRequestError('errorCode is null')
  const task = await activeExternalTask(ctx, input.id, input.workerId)
  const run = await InstanceRun.lock(ctx, task.process_instance_id)
  await run.setVariables(input.variables ?? {}, task.execution_id)
  await throwError(run, task.execution_id, { code: input.errorCode, message: input.errorMessage ?? null })
  await run.run()
  return { id: task.id }
})
