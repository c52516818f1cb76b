import type { CommandContext } from '../../context/command_context.js'
import { NotFoundError } from '../../errors.js'
import { setHeldWorkSuspension } from '../instance/suspend_instance.js'

/** Which definitions: one by id, or every version of a key (Camunda's updateSuspensionState by key). */
export interface DefinitionSuspensionInput {
  definitionId?: string
  key?: string
  /** the running instances of those definitions follow (Camunda's includeProcessInstances) */
  includeProcessInstances?: boolean
}

/** What changed: the definitions, and how many running instances followed. */
export interface DefinitionSuspensionOutput {
  definitionIds: string[]
  instances: number
}

async function targetIds(ctx: CommandContext, input: DefinitionSuspensionInput): Promise<string[]> {
  const query = ctx.trx('engine_process_definitions').select('id')
  if (input.definitionId !== undefined) query.where('id', input.definitionId)
  else query.where('key', input.key ?? '')
  const ids = (await query).map((row: { id: string }) => row.id)
  if (ids.length === 0) throw new NotFoundError(`No process definition found ${input.definitionId !== undefined ? `with id '${input.definitionId}'` : `with key '${input.key}'`}`)
  return ids
}

/**
 * Sets the suspension state of definitions, their timer start jobs and, when
 * asked, their running instances with everything those hold (tasks, external
 * tasks, jobs). Each instance's revision moves, so a command racing on one
 * of them retries and sees the new state.
 */
export async function applyDefinitionSuspension(ctx: CommandContext, input: DefinitionSuspensionInput, suspended: boolean): Promise<DefinitionSuspensionOutput> {
  const ids = await targetIds(ctx, input)
  await ctx.trx('engine_process_definitions').whereIn('id', ids).update({ suspended })
  // a timer start event's job belongs to its definition: a suspended one starts nothing
  await ctx.trx('engine_jobs').whereNull('process_instance_id').whereIn('process_definition_id', ids).update({ suspended })
  if (!input.includeProcessInstances) return { definitionIds: ids, instances: 0 }

  const instances = await ctx.trx('engine_process_instances').whereIn('definition_id', ids).where('state', 'active').update({ suspended, rev: ctx.trx.raw('rev + 1') })
  await setHeldWorkSuspension(ctx, ctx.trx('engine_process_instances').whereIn('definition_id', ids).where('state', 'active').select('id'), suspended)
  return { definitionIds: ids, instances: Number(instances) }
}
