import { defineCommand } from '../../context/command_context.js'
import { BadRequestError, OptimisticLockError } from '../../errors.js'
import { claimRows } from '../../store/claims.js'
import { findJob } from './lookup.js'

export interface LockJobInput {
  jobId: string
  owner: string
  lockMs: number
}

/**
 * Locks one job for an immediate run (POST /job/{id}/execute), due or not and
 * whatever its retries, as Camunda's ManagementService.executeJob allows. A
 * job an executor holds right now is refused; a failed job's backoff is not
 * a hold.
 */
export const lockJob = defineCommand('job.lock', async (ctx, input: LockJobInput) => {
  const job = await findJob(ctx, input.jobId)
  if (job.lock_owner !== null && job.lock_owner !== input.owner && (job.lock_expires_at ?? 0) > ctx.now) {
    throw new BadRequestError(`Job ${job.id} is being executed by ${job.lock_owner}; try again when it is done`)
  }
  const [won] = await claimRows(ctx, 'engine_jobs', [job], 1, () => ({ lock_owner: input.owner, lock_expires_at: ctx.now + input.lockMs }))
  if (!won) throw new OptimisticLockError(`Job ${job.id} was changed concurrently`)
})
