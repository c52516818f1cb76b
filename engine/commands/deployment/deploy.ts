import { createHash } from 'node:crypto'
import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { parseBpmn } from '../../parser/parse_bpmn.js'
import { registerStartEvents } from './start_events.js'

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
      await registerStartEvents(ctx, model, definition.id)
      definitions.push({ id: definition.id, key: model.key, name: model.name, version, deploymentId: deployment.id, resourceName: resource.name })
    }
  }
  return { id: deployment.id, name: deployment.name, source: deployment.source, deployedAt: deployment.deployed_at, definitions }
})
