import { createHash } from 'node:crypto'
import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { parseBpmn } from '../../parser/parse_bpmn.js'
import { parseTimer } from '../../timers/index.js'

export interface DeployInput {
  name: string
  source?: string | null
  resources: readonly { name: string; content: string }[]
  /** Camunda's enable-duplicate-filtering: an unchanged process keeps its current version */
  duplicateFiltering?: boolean
}

export interface DeployedDefinition {
  id: string
  key: string
  name: string | null
  version: number
  deploymentId: string
  resourceName: string
}

export interface DeployOutput {
  id: string
  name: string
  source: string | null
  deployedAt: number
  /** only the definitions this deployment created */
  definitions: DeployedDefinition[]
}

/**
 * Deploys BPMN resources: every process is parsed and checked first (a bad
 * one fails the whole deployment), then stored as the next version of its key.
 */
export const deploy = defineCommand('deployment.deploy', async (ctx, input: DeployInput): Promise<DeployOutput> => {
  const bpmn = input.resources.filter((r) => /\.bpmn(20\.xml)?$/.test(r.name))
  if (bpmn.length === 0) throw new BadRequestError('Deployment contains no BPMN resource (*.bpmn, *.bpmn20.xml)')
  const parsed = []
  for (const resource of bpmn) parsed.push({ resource, models: await parseBpmn(resource.content), checksum: createHash('sha256').update(resource.content).digest('hex') })

  const deployment = { id: ctx.newId(), name: input.name, source: input.source ?? null, deployed_at: ctx.now }
  await ctx.trx('engine_deployments').insert(deployment)

  const definitions: DeployedDefinition[] = []
  for (const { resource, models, checksum } of parsed) {
    for (const model of models) {
      const latest = await ctx.trx('engine_process_definitions').where('key', model.key).orderBy('version', 'desc').first()
      if (input.duplicateFiltering && latest?.checksum === checksum) continue
      const version = (latest?.version ?? 0) + 1
      const definition = {
        id: `${model.key}:${version}:${ctx.newId()}`,
        key: model.key,
        name: model.name,
        version,
        deployment_id: deployment.id,
        resource_name: resource.name,
        checksum,
        xml: resource.content,
      }
      await ctx.trx('engine_process_definitions').insert(definition)
      // message start events belong to the newest version of a key only
      await ctx.trx('engine_event_subscriptions').whereNull('process_instance_id').whereIn('process_definition_id', ctx.trx('engine_process_definitions').where('key', model.key).select('id')).delete()
      await ctx.trx('engine_jobs').whereNull('process_instance_id').whereIn('process_definition_id', ctx.trx('engine_process_definitions').where('key', model.key).select('id')).delete()
      for (const id of model.timerStartIds) {
        const timer = model.elements.get(id)!.timer!
        const dueAt = parseTimer(timer.kind, timer.value, { zone: ctx.zone }).firstDue(new Date(ctx.now)).getTime()
        await ctx.trx('engine_jobs').insert({ id: ctx.newId(), type: 'timer', process_instance_id: null, process_definition_id: definition.id, execution_id: null, activity_id: id, timer_kind: timer.kind, timer_value: timer.value, due_at: dueAt, created_at: ctx.now })
        ctx.afterCommit(() => ctx.notifyJob?.(dueAt))
      }
      const starts = [...[...model.messageStarts].map((s) => ['message', ...s]), ...[...model.signalStarts].map((s) => ['signal', ...s])]
      for (const [type, name, activityId] of starts) {
        await ctx.trx('engine_event_subscriptions').insert({ id: ctx.newId(), type, event_name: name, process_instance_id: null, execution_id: null, activity_id: activityId, process_definition_id: definition.id, created_at: ctx.now })
      }
      definitions.push({ id: definition.id, key: model.key, name: model.name, version, deploymentId: deployment.id, resourceName: resource.name })
    }
  }
  return { id: deployment.id, name: deployment.name, source: deployment.source, deployedAt: deployment.deployed_at, definitions }
})
