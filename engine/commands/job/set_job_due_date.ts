import { defineCommand } from '../../context/command_context.js'
import { findJob } from './lookup.js'

/**
 * PUT /job/{id}/duedate: moves a job in time; no date means now (Camunda's
 * null due date is "executable at once"). The executor is told, so a job
 * moved into the past runs without waiting for a poll.
 */
export const setJobDueDate = defineCommand('job.setDueDate', async (ctx, input: { jobId: string; dueAt: number | null }) => {
  const job = await findJob(ctx, input.jobId)
  const dueAt = input.dueAt ?? ctx.now
  await ctx.trx('engine_jobs').where('id', job.id).update({ due_at: dueAt, rev: job.rev + 1 })
  ctx.afterCommit(() => ctx.notifyJob?.(dueAt))
})
