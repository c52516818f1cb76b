import { defineCommand } from '../../context/command_context.js'
import { ProcessError } from '../../errors.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import { parseTimer } from '../../timers/index.js'
import { type JobRow, millis } from '../../store/rows.js'
import { resolveIncidents } from '../../store/claims.js'

/**
 * Runs one acquired job: a timer fires. Everything it causes (the token's
 * move, new tasks, the next cycle) commits with it, or none of it does.
 */
export const executeJob = defineCommand('job.execute', async (ctx, input: { jobId: string; owner: string }) => {
  const row = await ctx.trx('engine_jobs').where({ id: input.jobId, lock_owner: input.owner }).first()
  if (!row) return { executed: false }
  const job = { ...row, due_at: millis(row.due_at)! } as JobRow

  const definitionId = job.process_definition_id ?? (await ctx.trx('engine_process_instances').where('id', job.process_instance_id!).first())?.definition_id
  const element = (await ctx.model(definitionId)).elements.get(job.activity_id)
  if (!element?.timer) throw new ProcessError(`Job ${job.id} points at ${job.activity_id}, which is not a timer event`)

  // cycles repeat on non-interrupting boundary events and on timer start events
  const repeats = element.kind === 'timerStartEvent' || (element.kind === 'timerBoundaryEvent' && !element.cancelActivity)
  const next = repeats ? parseTimer(element.timer.kind, job.timer_value!, { zone: ctx.zone }).nextDue(new Date(job.due_at), job.fired + 1) : null
  // a job that ran resolves the incident of its earlier failures; the next firing of a cycle starts with fresh retries (3, as a new Camunda timer job)
  await resolveIncidents(ctx, { type: 'failedJob', configuration: job.id })
  if (next) {
    await ctx.trx('engine_jobs').where('id', job.id).update({ due_at: next.getTime(), fired: job.fired + 1, lock_owner: null, lock_expires_at: null, retries: 3, exception_message: null, rev: job.rev + 1 })
    ctx.afterCommit(() => ctx.notifyJob?.(next.getTime()))
  } else {
    await ctx.trx('engine_jobs').where('id', job.id).delete()
  }

  if (element.kind === 'timerStartEvent') {
    const definition = await ctx.trx('engine_process_definitions').where('id', definitionId).first()
    const started = await InstanceRun.create(ctx, definition, null, element.id)
    await started.run()
    return { executed: true }
  }
  const run = await InstanceRun.lock(ctx, job.process_instance_id!)
  if (element.kind === 'timerCatchEvent') await run.catchEventOccurred(job.execution_id!, element.id)
  else await run.fireBoundary(job.execution_id!, element)
  await run.run()
  return { executed: true }
})
