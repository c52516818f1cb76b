import type { CommandContext } from '../../context/command_context.js'

/**
 * The rows an ending instance leaves behind. Cut short (terminated, or ended
 * while tokens remained) everything waiting goes and open history tasks are
 * closed as deleted; after its last token ended normally only the triggers
 * of process-level event sub-processes can remain.
 */
export async function clearEndedInstance(ctx: CommandContext, instanceId: string, cutShort: boolean, hasEventSubProcesses: boolean): Promise<void> {
  if (cutShort) {
    await ctx.trx('engine_hist_tasks').where('process_instance_id', instanceId).whereNull('ended_at').update({ ended_at: ctx.now, delete_reason: 'deleted' })
    for (const table of ['engine_tasks', 'engine_external_tasks', 'engine_jobs', 'engine_event_subscriptions', 'engine_executions']) {
      await ctx.trx(table).where('process_instance_id', instanceId).delete()
    }
  } else if (hasEventSubProcesses) {
    for (const table of ['engine_jobs', 'engine_event_subscriptions']) await ctx.trx(table).where('process_instance_id', instanceId).delete()
  }
}
