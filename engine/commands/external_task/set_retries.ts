import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { raiseIncident, resolveIncidents } from '../../store/claims.js'
import { lockedExternalTask } from './lookup.js'

/**
 * PUT /external-task/{id}/retries: an operator's answer to a failed task.
 * As in Camunda (ExternalTaskEntity.setRetriesAndManageIncidents), retries
 * given back resolve the failedExternalTask incident, and taking the last
 * ones away raises it.
 */
export const setExternalTaskRetries = defineCommand('externalTask.setRetries', async (ctx, input: { id: string; retries: number }) => {
  if (!Number.isInteger(input.retries) || input.retries < 0) throw new BadRequestError('The number of retries cannot be negative')
  const task = await lockedExternalTask(ctx, input.id)
  const hadRetries = task.retries === null || task.retries > 0
  await ctx.trx('engine_external_tasks').where('id', task.id).update({ retries: input.retries, rev: task.rev + 1 })
  if (hadRetries && input.retries === 0) {
    await raiseIncident(ctx, { type: 'failedExternalTask', processInstanceId: task.process_instance_id, activityId: task.activity_id, configuration: task.id, message: task.error_message })
  }
  if (!hadRetries && input.retries > 0) {
    await resolveIncidents(ctx, { type: 'failedExternalTask', configuration: task.id })
    ctx.afterCommit(() => ctx.notifyTopic?.(task.topic))
  }
})
