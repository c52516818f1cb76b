import db from '@adonisjs/lucid/services/db'

/** One deployed version of a process, with how it runs. */
export interface DefinitionVersion {
  id: string
  version: number
  deploymentId: string
  deploymentName: string
  deployedAt: string
  running: number
  finished: number
  incidents: number
  /** 已挂起: cannot be started; its instances may be suspended with it */
  suspended: boolean
}

/** A process by key: its name, latest version first. */
export interface CatalogEntry {
  key: string
  name: string
  versions: DefinitionVersion[]
}

const countsBy = (rows: { id: string; n: number | string }[]) => new Map(rows.map((row) => [row.id, Number(row.n)]))

/**
 * 流程定义管理: every deployed process with its versions, and per version the
 * running and finished instances and the open incidents (an incident belongs to
 * the version its instance runs). Four grouped queries, whatever the count.
 */
export async function definitionCatalog(): Promise<CatalogEntry[]> {
  const definitions = await db
    .from('engine_process_definitions as p')
    .join('engine_deployments as d', 'd.id', 'p.deployment_id')
    .orderBy('p.key')
    .orderBy('p.version', 'desc')
    .select('p.id', 'p.key', 'p.name', 'p.version', 'p.deployment_id', 'p.suspended', 'd.name as deployment_name', 'd.deployed_at')
  const running = countsBy(await db.from('engine_process_instances').where('state', 'active').groupBy('definition_id').select('definition_id as id').count('* as n'))
  const finished = countsBy(await db.from('engine_process_instances').whereNot('state', 'active').groupBy('definition_id').select('definition_id as id').count('* as n'))
  const incidents = countsBy(
    await db.from('engine_incidents as i').join('engine_process_instances as pi', 'pi.id', 'i.process_instance_id').groupBy('pi.definition_id').select('pi.definition_id as id').count('* as n')
  )

  const byKey = new Map<string, CatalogEntry>()
  for (const row of definitions) {
    const entry: CatalogEntry = byKey.get(row.key) ?? { key: row.key, name: row.name ?? row.key, versions: [] }
    entry.versions.push({
      id: row.id,
      version: Number(row.version),
      deploymentId: row.deployment_id,
      deploymentName: row.deployment_name,
      deployedAt: new Date(Number(row.deployed_at)).toISOString(),
      running: running.get(row.id) ?? 0,
      finished: finished.get(row.id) ?? 0,
      incidents: incidents.get(row.id) ?? 0,
      suspended: Boolean(row.suspended),
    })
    byKey.set(row.key, entry)
  }
  return [...byKey.values()]
}
