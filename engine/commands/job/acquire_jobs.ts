import { defineCommand } from '../../context/command_context.js'
import type { JobRow } from '../../store/rows.js'
import { claimRows } from '../../store/claims.js'

export interface AcquireJobsInput {
  /** who takes them: one id per job executor (process) */
  owner: string
  maxJobs: number
  /** how long the lock holds before another executor may take the job over */
  lockMs: number
}

/** The jobs this executor now holds, and how many due jobs it saw (claimed by it or by another). */
export interface AcquiredJobs {
  ids: string[]
  due: number
}

/** Locks due jobs for one executor, claimed by compare-and-set, so several server processes never run the same job. */
export const acquireJobs = defineCommand('job.acquire', async (ctx, input: AcquireJobsInput): Promise<AcquiredJobs> => {
  const due = (await ctx
    .trx('engine_jobs')
    .where('due_at', '<=', ctx.now)
    .where('retries', '>', 0)
    .where('suspended', false)
    .where((free) => free.whereNull('lock_expires_at').orWhere('lock_expires_at', '<=', ctx.now))
    .orderBy('due_at')
    .orderBy('id')
    .limit(input.maxJobs)) as JobRow[]

  const acquired = await claimRows(ctx, 'engine_jobs', due, input.maxJobs, () => ({
    lock_owner: input.owner,
    lock_expires_at: ctx.now + input.lockMs,
  }))
  return { ids: acquired.map((job) => job.id), due: due.length }
})
