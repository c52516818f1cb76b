import type { CommandContext } from '../../context/command_context.js'
import type { ProcessModel } from '../../model/process_model.js'
import { parseTimer } from '../../timers/index.js'

/**
 * Message, signal and timer start events belong to the newest version of a
 * key only: the older versions' subscriptions and timer jobs give way to the
 * new definition's.
 */
export async function registerStartEvents(ctx: CommandContext, model: ProcessModel, definitionId: string): Promise<void> {
  const versions = ctx.trx('engine_process_definitions').where('key', model.key).whereNot('id', definitionId).select('id')
  await ctx.trx('engine_event_subscriptions').whereNull('process_instance_id').whereIn('process_definition_id', versions).delete()
  await ctx.trx('engine_jobs').whereNull('process_instance_id').whereIn('process_definition_id', versions).delete()

  for (const id of model.timerStartIds) {
    const timer = model.elements.get(id)!.timer!
    const dueAt = parseTimer(timer.kind, timer.value, { zone: ctx.zone }).firstDue(new Date(ctx.now)).getTime()
    await ctx.trx('engine_jobs').insert({ id: ctx.newId(), type: 'timer', process_instance_id: null, process_definition_id: definitionId, execution_id: null, activity_id: id, timer_kind: timer.kind, timer_value: timer.value, due_at: dueAt, created_at: ctx.now })
    ctx.afterCommit(() => ctx.notifyJob?.(dueAt))
  }
  const subscriptions = [...[...model.messageStarts].map((s) => ['message', ...s]), ...[...model.signalStarts].map((s) => ['signal', ...s])]
  for (const [type, name, activityId] of subscriptions) {
    await ctx.trx('engine_event_subscriptions').insert({ id: ctx.newId(), type, event_name: name, process_instance_id: null, execution_id: null, activity_id: activityId, process_definition_id: definitionId, created_at: ctx.now })
  }
}
