import { createHash } from 'node:crypto'
import type { CommandContext } from '../../context/command_context.js'

/** A resource as given to a deployment: text or bytes. */
export interface DeployResource {
  name: string
  content: string | Uint8Array
}

/** A resource ready to store: its bytes and their SHA-256. */
export interface PreparedResource {
  name: string
  bytes: Buffer
  checksum: string
}

export function prepareResource(resource: DeployResource): PreparedResource {
  const bytes = Buffer.from(resource.content)
  return { name: resource.name, bytes, checksum: createHash('sha256').update(bytes).digest('hex') }
}

/** Earlier deployments with the same name and source (null matching null), as Camunda compares them. */
export function sameNamedDeployments(ctx: CommandContext, name: string, source: string | null) {
  return ctx.trx('engine_deployments')
    .where('name', name)
    .modify((q) => (source === null ? q.whereNull('source') : q.where('source', source)))
}

/** For each resource name, the checksum of its latest version among those deployments. */
async function latestChecksums(ctx: CommandContext, name: string, source: string | null, names: string[]): Promise<Map<string, string>> {
  const rows = await ctx.trx('engine_resources')
    .whereIn('deployment_id', sameNamedDeployments(ctx, name, source).select('id'))
    .whereIn('engine_resources.name', names)
    .join('engine_deployments', 'engine_deployments.id', 'engine_resources.deployment_id')
    .orderBy('engine_deployments.deployed_at', 'desc')
    .select('engine_resources.name', 'engine_resources.checksum')
  const latest = new Map<string, string>()
  for (const row of rows) if (!latest.has(row.name)) latest.set(row.name, row.checksum)
  return latest
}

/**
 * Camunda's duplicate filtering. With `enable-duplicate-filtering` every
 * resource is deployed when any one is new or changed, none otherwise; with
 * `deploy-changed-only` only the new and changed ones are. Resources left
 * out of the new set do not count as changes.
 */
export async function resourcesToDeploy(
  ctx: CommandContext,
  input: { name: string; source: string | null; resources: PreparedResource[]; duplicateFiltering: boolean; changedOnly: boolean }
): Promise<PreparedResource[]> {
  if (!input.duplicateFiltering && !input.changedOnly) return input.resources
  const latest = await latestChecksums(ctx, input.name, input.source, input.resources.map((r) => r.name))
  const changed = input.resources.filter((r) => latest.get(r.name) !== r.checksum)
  if (input.changedOnly) return changed
  return changed.length ? input.resources : []
}
