import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { activeExternalTask } from './lookup.js'
import { raiseIncident } from '../../store/claims.js'

export interface HandleFailureInput {
  id: string
  workerId: string
  errorMessage?: string | null
  errorDetails?: string | null
  /** what the worker says is left; Camunda reads a missing value as 0 */
  retries?: number | null
  /** milliseconds before the task is fetchable again */
  retryTimeout?: number | null
}

/**
 * Records a worker's failure. The task stays locked for `retryTimeout`; when
 * its retries reach 0 it is no longer fetched and an incident is raised.
 */
export const handleFailure = defineCommand('externalTask.handleFailure', async (ctx, input: HandleFailureInput) => {
  const task = await activeExternalTask(ctx, input.id, input.workerId)
  const retries = input.retries ?? 0
  const retryTimeout = input.retryTimeout ?? 0
  if (retries < 0) throw new BadRequestError('retries is not greater than or equal to 0')
  if (retryTimeout < 0) throw new BadRequestError('retryTimeout is not greater than or equal to 0')

  await ctx.trx('engine_external_tasks').where('id', task.id).update({
    retries,
    error_message: input.errorMessage ?? null,
    error_details: input.errorDetails ?? null,
    lock_expires_at: ctx.now + retryTimeout,
    rev: task.rev + 1,
  })
  const hadRetries = task.retries === null || task.retries > 0
  if (retries === 0 && hadRetries) {
    await raiseIncident(ctx, { type: 'failedExternalTask', processInstanceId: task.process_instance_id, activityId: task.activity_id, configuration: task.id, message: input.errorMessage ?? null })
  }
  return { id: task.id, retries }
})
