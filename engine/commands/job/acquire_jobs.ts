import { defineCommand } from '../../context/command_context.js'
import type { JobRow } from '../../store/rows.js'

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

/**
 * Locks due jobs for one executor. Each claim is a compare-and-set on the
 * job's revision (Camunda 7's way, safe on SQLite, MySQL and distributed
 * MySQL alike), so several server processes never run the same job.
 */
export const acquireJobs = defineCommand('job.acquire', async (ctx, input: AcquireJobsInput): Promise<AcquiredJobs> => {
  const due = (await ctx
    .trx('engine_jobs')
    .where('due_at', '<=', ctx.now)
    .where('retries', '>', 0)
    .where((free) => free.whereNull('lock_expires_at').orWhere('lock_expires_at', '<=', ctx.now))
    .orderBy('due_at')
    .orderBy('id')
    .limit(input.maxJobs)) as JobRow[]

  const acquired: string[] = []
  for (const job of due) {
    const claimed = await ctx
      .trx('engine_jobs')
      .where({ id: job.id, rev: job.rev })
      .update({ lock_owner: input.owner, lock_expires_at: ctx.now + input.lockMs, rev: job.rev + 1 })
    if (claimed === 1) acquired.push(job.id)
  }
  return { ids: acquired, due: due.length }
})
