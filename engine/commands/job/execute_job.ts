import { defineCommand } from '../../context/command_context.js'
import { ProcessError } from '../../errors.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import { catchEventOccurred, fireBoundary, triggerEventSubProcess } from '../../runtime/behaviours/events.js'
import { parseTimer } from '../../timers/index.js'
import { type JobRow, millis } from '../../store/rows.js'
import { resolveIncidents } from '../../store/claims.js'

/**
 * Runs one acquired job: a timer fires, or an async continuation goes on.
 * Everything it causes (the token's move, new tasks, the next cycle) commits
 * with it, or none of it does.
 */
export const executeJob = defineCommand('job.execute', async (ctx, input: { jobId: string; owner: string }) => {
  const row = await ctx.trx('engine_jobs').where({ id: input.jobId, lock_owner: input.owner }).first()
  if (!row) return { executed: false }
  const job = { ...row, due_at: millis(row.due_at)! } as JobRow

  // a job that ran resolves the incident of its earlier failures
  await resolveIncidents(ctx, { type: 'failedJob', configuration: job.id })
  if (job.type !== 'timer') {
    await ctx.trx('engine_jobs').where('id', job.id).delete()
    const run = await InstanceRun.lock(ctx, job.process_instance_id!)
    await run.resumeAsync(job.execution_id!, job.activity_id, job.type)
    await run.run()
    return { executed: true }
  }

  const definitionId = job.process_definition_id ?? (await ctx.trx('engine_process_instances').where('id', job.process_instance_id!).first())?.definition_id
  const element = (await ctx.model(definitionId)).elements.get(job.activity_id)
  if (!element?.timer) throw new ProcessError(`Job ${job.id} points at ${job.activity_id}, which is not a timer event`)

  // cycles repeat on non-interrupting boundary events and event sub-processes, and on timer start events
  const eventSubProcessStart = element.kind === 'timerStartEvent' && element.parentId !== null
  const repeats = (element.kind === 'timerStartEvent' && !eventSubProcessStart) || ((element.kind === 'timerBoundaryEvent' || eventSubProcessStart) && !(element.cancelActivity ?? element.interrupting))
  const next = repeats ? parseTimer(element.timer.kind, job.timer_value!, { zone: ctx.zone }).nextDue(new Date(job.due_at), job.fired + 1) : null
  // the next firing of a cycle starts with fresh retries (3, as a new Camunda timer job)
  if (next) {
    await ctx.trx('engine_jobs').where('id', job.id).update({ due_at: next.getTime(), fired: job.fired + 1, lock_owner: null, lock_expires_at: null, retries: 3, exception_message: null, rev: job.rev + 1 })
    ctx.afterCommit(() => ctx.notifyJob?.(next.getTime()))
  } else {
    await ctx.trx('engine_jobs').where('id', job.id).delete()
  }

  if (eventSubProcessStart) {
    const run = await InstanceRun.lock(ctx, job.process_instance_id!)
    await triggerEventSubProcess(run, job.execution_id!, element)
    await run.run()
    return { executed: true }
  }
  if (element.kind === 'timerStartEvent') {
    const definition = await ctx.trx('engine_process_definitions').where('id', definitionId).first()
    // Camunda's TimerStartEventJobHandler: a suspended definition lets the firing pass (a cycle fires again later)
    if (definition.suspended) return { executed: true }
    const started = await InstanceRun.create(ctx, definition, null, element.id)
    await started.run()
    return { executed: true }
  }
  const run = await InstanceRun.lock(ctx, job.process_instance_id!)
  if (element.kind === 'timerCatchEvent') await catchEventOccurred(run, job.execution_id!, element.id)
  else await fireBoundary(run, job.execution_id!, element)
  await run.run()
  return { executed: true }
})
