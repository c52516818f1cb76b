import type { CommandContext } from '../../context/command_context.js'
import { InstanceRun } from '../instance_run.js'
import type { Variables } from '../variables.js'
import { receiveEvent } from './events.js'

/**
 * Broadcasts a signal in the caller's transaction, as Camunda does: every
 * waiting catcher in every instance receives it, and every process whose
 * start event waits for it starts. `from` is the instance throwing it,
 * already locked by this command.
 */
export async function broadcastSignal(ctx: CommandContext, name: string, variables: Variables, from?: InstanceRun): Promise<string[]> {
  // suspended instances and definitions do not receive it (Camunda's signal subscription query and SignalEventHandler)
  const subscriptions = await ctx
    .trx('engine_event_subscriptions as s')
    .leftJoin('engine_process_instances as i', 'i.id', 's.process_instance_id')
    .where({ 's.type': 'signal', 's.event_name': name })
    .where((active) => active.whereNull('i.id').orWhere('i.suspended', false))
    .orderBy('s.created_at')
    .select('s.*')
  const runs = new Set<InstanceRun>()
  const started: string[] = []
  for (const subscription of subscriptions) {
    if (!subscription.process_instance_id) {
      const definition = await ctx.trx('engine_process_definitions').where('id', subscription.process_definition_id).first()
      if (definition.suspended) continue
      const run = await InstanceRun.create(ctx, definition, null, subscription.activity_id)
      await run.setVariables(variables)
      await run.run()
      started.push(run.row.id)
      continue
    }
    const run = await InstanceRun.lock(ctx, subscription.process_instance_id)
    if (run.row.state !== 'active') continue
    if (!runs.has(run)) {
      runs.add(run)
      if (run !== from) await run.setVariables(variables)
    }
    await receiveEvent(run, subscription.execution_id, subscription.activity_id)
  }
  for (const run of runs) if (run !== from) await run.run()
  return started
}
