import { type CommandContext, defineCommand } from '../../context/command_context.js'
import { BadRequestError, DeploymentError } from '../../errors.js'
import { type LintFinding, lintBpmn } from '../../lint/index.js'
import { parseBpmn } from '../../parser/parse_bpmn.js'
import { type DeployResource, type PreparedResource, prepareResource, resourcesToDeploy, sameNamedDeployments } from './resource_changes.js'
import { registerStartEvents } from './start_events.js'

export type { DeployResource } from './resource_changes.js'

export interface DeployInput {
  name: string
  source?: string | null
  resources: readonly DeployResource[]
  /** Camunda's enable-duplicate-filtering: nothing changed, nothing deployed (the previous deployment is returned) */
  duplicateFiltering?: boolean
  /** Camunda's deploy-changed-only: only new and changed resources join the new deployment */
  changedOnly?: boolean
}

export interface DeployedDefinition {
  id: string
  key: string
  name: string | null
  version: number
  deploymentId: string
  resourceName: string
}

/** A bpmnlint warning: the deployment went ahead, but someone should look. */
export interface DeployWarning extends LintFinding {
  resourceName: string
}

export interface DeployOutput {
  id: string
  name: string
  source: string | null
  deployedAt: number
  /** false when duplicate filtering found nothing to deploy: the output is then the latest earlier deployment */
  created: boolean
  /** only the definitions this deployment created */
  definitions: DeployedDefinition[]
  resources: { id: string; name: string }[]
  warnings: DeployWarning[]
}

const isBpmn = (name: string) => /\.bpmn(20\.xml)?$/.test(name)

/**
 * Deploys a set of resources as one deployment: every resource is stored,
 * every BPMN one is linted and parsed first (a bad one fails the whole
 * deployment, naming each offending element), and each of its processes
 * becomes the next version of its key.
 */
export const deploy = defineCommand('deployment.deploy', async (ctx, input: DeployInput): Promise<DeployOutput> => {
  if (input.resources.length === 0) throw new BadRequestError('Deployment contains no resources')
  const source = input.source ?? null
  const given = input.resources.map(prepareResource)
  const resources = await resourcesToDeploy(ctx, { name: input.name, source, resources: given, duplicateFiltering: !!input.duplicateFiltering, changedOnly: !!input.changedOnly })
  if (resources.length === 0) return previousDeployment(ctx, input.name, source)

  const bpmn = resources.filter((r) => isBpmn(r.name)).map((r) => ({ resource: r, xml: r.bytes.toString('utf8') }))
  const warnings = await lintAll(bpmn)
  const parsed = []
  for (const { resource, xml } of bpmn) parsed.push({ resource, xml, models: await parseBpmn(xml) })

  // strictly after the last deployment, so "latest" is well defined even when the clock stands still (tests)
  const last = await ctx.trx('engine_deployments').max('deployed_at as at').first()
  const deployment = { id: ctx.newId(), name: input.name, source, deployed_at: Math.max(ctx.now, Number(last?.at ?? 0) + 1) }
  await ctx.trx('engine_deployments').insert(deployment)
  const stored = resources.map((r) => ({ id: ctx.newId(), deployment_id: deployment.id, name: r.name, checksum: r.checksum, content: r.bytes }))
  for (const row of stored) await ctx.trx('engine_resources').insert(row)

  const definitions: DeployedDefinition[] = []
  for (const { resource, xml, models } of parsed) {
    for (const model of models) {
      const latest = await ctx.trx('engine_process_definitions').where('key', model.key).max('version as version').first()
      const version = Number(latest?.version ?? 0) + 1
      const id = `${model.key}:${version}:${ctx.newId()}`
      await ctx.trx('engine_process_definitions').insert({ id, key: model.key, name: model.name, version, deployment_id: deployment.id, resource_name: resource.name, checksum: resource.checksum, xml })
      await registerStartEvents(ctx, model, id)
      definitions.push({ id, key: model.key, name: model.name, version, deploymentId: deployment.id, resourceName: resource.name })
    }
  }
  const resourceList = stored.map((r) => ({ id: r.id, name: r.name }))
  return { id: deployment.id, name: deployment.name, source, deployedAt: deployment.deployed_at, created: true, definitions, resources: resourceList, warnings }
})

/** Lints every BPMN resource; any error refuses the deployment, naming every element and rule at once. */
async function lintAll(bpmn: { resource: PreparedResource; xml: string }[]): Promise<DeployWarning[]> {
  const errors: string[] = []
  const warnings: DeployWarning[] = []
  for (const { resource, xml } of bpmn) {
    const result = await lintBpmn(xml)
    for (const e of result.errors) errors.push(`${resource.name} 中 ${e.elementId ?? '（整个模型）'}：${e.message}（${e.rule}）`)
    for (const w of result.warnings) warnings.push({ ...w, resourceName: resource.name })
  }
  if (errors.length) throw new DeploymentError(`模型检查未通过：${errors.join('；')}`)
  return warnings
}

/** Nothing changed: Camunda answers with the latest deployment of that name, and creates none. */
async function previousDeployment(ctx: CommandContext, name: string, source: string | null): Promise<DeployOutput> {
  const row = await sameNamedDeployments(ctx, name, source).orderBy('deployed_at', 'desc').first()
  const resources = await ctx.trx('engine_resources').where('deployment_id', row.id).orderBy('name').select('id', 'name')
  return { id: row.id, name: row.name, source: row.source, deployedAt: Number(row.deployed_at), created: false, definitions: [], resources, warnings: [] }
}
