import { defineCommand } from '../../context/command_context.js'
import type { CommandContext } from '../../context/command_context.js'
import { DeploymentInUseError, NotFoundError } from '../../errors.js'
import { registerStartEvents } from './start_events.js'

export interface DeleteDeploymentInput {
  deploymentId: string
  /** also delete the definitions' running instances; without it, running instances refuse the deletion */
  cascade?: boolean
}

/**
 * DELETE /deployment/{id}: the deployment, its resources, its definitions and
 * their instances. Ended instances always go with their definition (here
 * they are the only history there is); running ones only with `cascade`, as
 * in Camunda. When the newest version of a key goes, the version before it
 * takes over its start events again.
 */
export const deleteDeployment = defineCommand('deployment.delete', async (ctx, input: DeleteDeploymentInput) => {
  const deployment = await ctx.trx('engine_deployments').where('id', input.deploymentId).first()
  if (!deployment) throw new NotFoundError(`Deployment with id '${input.deploymentId}' does not exist`)
  const definitions: { id: string; key: string; version: number }[] = await ctx.trx('engine_process_definitions').where('deployment_id', deployment.id).select('id', 'key', 'version')
  const ids = definitions.map((d) => d.id)
  if (!input.cascade) await refuseRunningInstances(ctx, ids)

  const newestGoing = await keysLosingNewest(ctx, definitions)
  // the instances' executions, tasks, variables, jobs, subscriptions and incidents follow by ON DELETE CASCADE
  const instances = await ctx.trx('engine_process_instances').whereIn('definition_id', ids).delete()
  await ctx.trx('engine_jobs').whereNull('process_instance_id').whereIn('process_definition_id', ids).delete()
  await ctx.trx('engine_event_subscriptions').whereNull('process_instance_id').whereIn('process_definition_id', ids).delete()
  await ctx.trx('engine_process_definitions').whereIn('id', ids).delete()
  await ctx.trx('engine_resources').where('deployment_id', deployment.id).delete()
  await ctx.trx('engine_deployments').where('id', deployment.id).delete()

  for (const key of newestGoing) {
    const previous = await ctx.trx('engine_process_definitions').where('key', key).orderBy('version', 'desc').first()
    if (previous) await registerStartEvents(ctx, await ctx.model(previous.id), previous.id)
  }
  return { id: deployment.id, definitionIds: ids, deletedInstances: Number(instances) }
})

async function refuseRunningInstances(ctx: CommandContext, definitionIds: string[]): Promise<void> {
  const running = await ctx.trx('engine_process_instances').whereIn('definition_id', definitionIds).where('state', 'active').groupBy('definition_id').select('definition_id').count('* as n')
  if (running.length === 0) return
  const { definition_id: id, n } = running[0] as { definition_id: string; n: number | string }
  throw new DeploymentInUseError(`Deletion of process definition without cascading failed. Process definition with id: ${id} can't be deleted, since there exists ${Number(n)} dependening process instances.`)
}

/** The keys whose newest version is among the definitions being deleted. */
async function keysLosingNewest(ctx: CommandContext, definitions: { key: string; version: number }[]): Promise<string[]> {
  const keys: string[] = []
  for (const definition of definitions) {
    const newest = await ctx.trx('engine_process_definitions').where('key', definition.key).max('version as version').first()
    if (Number(newest?.version) === Number(definition.version)) keys.push(definition.key)
  }
  return keys
}
