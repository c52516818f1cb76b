import type { Knex } from 'knex'
import { type CommandContext, defineCommand } from '../../context/command_context.js'
import { BadRequestError, NotFoundError } from '../../errors.js'

/**
 * Copies a suspension state onto what instances hold (Camunda's
 * SUSPENSION_STATE_ on tasks, external tasks and jobs), so fetchAndLock and
 * job acquisition skip them without a join. `instances`: ids, or a query of them.
 */
export async function setHeldWorkSuspension(ctx: CommandContext, instances: Knex.QueryBuilder | readonly string[], suspended: boolean): Promise<void> {
  for (const table of ['engine_tasks', 'engine_external_tasks', 'engine_jobs']) {
    const ids = Array.isArray(instances) ? [...instances] : (instances as Knex.QueryBuilder).clone()
    await ctx.trx(table).whereIn('process_instance_id', ids).update({ suspended })
  }
}

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
  await setHeldWorkSuspension(ctx, [row.id], suspended)
  return { id: row.id, suspended }
}

/** PUT /process-instance/{id}/suspended {suspended: true}: its tasks, external tasks and jobs refuse to be worked until activated. */
export const suspendInstance = defineCommand('instance.suspend', (ctx, input: { processInstanceId: string }) => applyInstanceSuspension(ctx, input.processInstanceId, true))

/** PUT /process-instance/{id}/suspended {suspended: false}: the instance goes on where it stopped. */
export const activateInstance = defineCommand('instance.activate', (ctx, input: { processInstanceId: string }) => applyInstanceSuspension(ctx, input.processInstanceId, false))
