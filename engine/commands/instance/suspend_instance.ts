import { defineCommand } from '../../context/command_context.js'
import type { CommandContext } from '../../context/command_context.js'
import { BadRequestError, NotFoundError } from '../../errors.js'

/**
 * Sets one running instance's suspension state with everything it holds
 * (tasks, external tasks, jobs), as Camunda's
 * SuspendProcessInstanceCmd/ActivateProcessInstanceCmd do for an instance by
 * id. Its revision moves, so a command racing on it retries and sees the new
 * state. Instances it called keep their own state, as in Camunda.
 */
async function applyInstanceSuspension(ctx: CommandContext, processInstanceId: string, suspended: boolean): Promise<{ id: string; suspended: boolean }> {
  const row = await ctx.trx('engine_process_instances').where('id', processInstanceId).select('id', 'state').first()
  if (!row) throw new NotFoundError(`No process instance found with id '${processInstanceId}'`)
  if (row.state !== 'active') throw new BadRequestError(`Process instance ${processInstanceId} has ended`)
  await ctx.trx('engine_process_instances').where('id', row.id).update({ suspended, rev: ctx.trx.raw('rev + 1') })
  for (const table of ['engine_tasks', 'engine_external_tasks', 'engine_jobs']) {
    await ctx.trx(table).where('process_instance_id', row.id).update({ suspended })
  }
  return { id: row.id, suspended }
}

/** PUT /process-instance/{id}/suspended {suspended: true}: its tasks, external tasks and jobs refuse to be worked until activated. */
export const suspendInstance = defineCommand('instance.suspend', (ctx, input: { processInstanceId: string }) => applyInstanceSuspension(ctx, input.processInstanceId, true))

/** PUT /process-instance/{id}/suspended {suspended: false}: the instance goes on where it stopped. */
export const activateInstance = defineCommand('instance.activate', (ctx, input: { processInstanceId: string }) => applyInstanceSuspension(ctx, input.processInstanceId, false))
