import { defineCommand } from '../../context/command_context.js'
import { raiseIncident } from '../../store/claims.js'

/** Backoff before a failed job is tried again: 10 s, then 20 s, then 40 s … */
const BACKOFF_MS = 10_000

/**
 * A job threw: one retry less, locked for the backoff; at zero retries an
 * incident is raised and the job waits for someone to fix its cause.
 */
export const failJob = defineCommand('job.fail', async (ctx, input: { jobId: string; message: string }) => {
  const job = await ctx.trx('engine_jobs').where('id', input.jobId).first()
  if (!job) return { retries: 0 }
  const retries = Math.max(0, job.retries - 1)
  const attempt = 3 - retries
  await ctx.trx('engine_jobs').where('id', job.id).update({
    retries,
    exception_message: input.message.slice(0, 4000),
    lock_owner: null,
    lock_expires_at: ctx.now + BACKOFF_MS * 2 ** Math.max(0, attempt - 1),
    rev: job.rev + 1,
  })
  // a job already at zero (run by hand, POST /job/{id}/execute) keeps its one incident
  if (retries === 0 && job.retries > 0) {
    await raiseIncident(ctx, { type: 'failedJob', processInstanceId: job.process_instance_id, activityId: job.activity_id, configuration: job.id, message: input.message.slice(0, 4000) })
  }
  return { retries }
})
