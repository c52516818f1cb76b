import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { raiseIncident, resolveIncidents } from '../../store/claims.js'
import { findJob } from './lookup.js'

/**
 * PUT /job/{id}/retries: as Camunda's JobEntity.setRetries, retries given
 * back to a job at zero resolve its failedJob incident, and setting them to
 * zero raises one. The failure backoff is lifted, so the executor's next
 * poll takes the job if it is due.
 */
export const setJobRetries = defineCommand('job.setRetries', async (ctx, input: { jobId: string; retries: number }) => {
  if (!Number.isInteger(input.retries) || input.retries < 0) {
    throw new BadRequestError(`The number of job retries must be a non-negative Integer, but '${input.retries}' has been provided.`)
  }
  const job = await findJob(ctx, input.jobId)
  const backoffOnly = job.lock_owner === null
  await ctx.trx('engine_jobs')
    .where('id', job.id)
    .update({ retries: input.retries, ...(backoffOnly ? { lock_expires_at: null } : {}), rev: job.rev + 1 })
  if (job.retries === 0 && input.retries > 0) await resolveIncidents(ctx, { type: 'failedJob', configuration: job.id })
  if (job.retries > 0 && input.retries === 0) {
    await raiseIncident(ctx, { type: 'failedJob', processInstanceId: job.process_instance_id, activityId: job.activity_id, configuration: job.id, message: job.exception_message })
  }
})
