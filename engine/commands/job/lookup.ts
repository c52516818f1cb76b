import type { CommandContext } from '../../context/command_context.js'
import { NotFoundError } from '../../errors.js'
import { type JobRow, millis } from '../../store/rows.js'

/** The job, which must exist, with its BIGINT columns as numbers. */
export async function findJob(ctx: CommandContext, jobId: string): Promise<JobRow> {
  const row = await ctx.trx('engine_jobs').where('id', jobId).first()
  if (!row) throw new NotFoundError(`No job found with id '${jobId}'`)
  return { ...row, due_at: millis(row.due_at)!, lock_expires_at: millis(row.lock_expires_at), created_at: millis(row.created_at)! } as JobRow
}
