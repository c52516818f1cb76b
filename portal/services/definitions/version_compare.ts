import db from '@adonisjs/lucid/services/db'
import { createTwoFilesPatch } from 'diff'
import { bpmnElementDiff, type BpmnElementChanges } from './bpmn_element_diff.js'

/** One side of a comparison: a deployed version of a process. */
export interface ComparedVersion {
  id: string
  key: string
  name: string
  version: number
  deploymentId: string
  deploymentName: string
}

/** One file of the two deployments: how it changed, with a unified diff when it did. */
export interface ResourceComparison {
  name: string
  status: 'added' | 'removed' | 'changed' | 'same'
  /** unified diff, left → right; only for `changed` (and `added`/`removed`, against nothing) */
  diff: string | null
  /** for BPMN files present on both sides: elements added, removed and renamed */
  elements: BpmnElementChanges | null
}

export interface VersionComparison {
  left: ComparedVersion
  right: ComparedVersion
  resources: ResourceComparison[]
}

const BPMN = /\.(bpmn|bpmn20\.xml)$/

async function version(id: string): Promise<ComparedVersion> {
  const row = await db
    .from('engine_process_definitions as p')
    .join('engine_deployments as d', 'd.id', 'p.deployment_id')
    .where('p.id', id)
    .select('p.id', 'p.key', 'p.name', 'p.version', 'p.deployment_id', 'd.name as deployment_name')
    .firstOrFail()
  return { id: row.id, key: row.key, name: row.name ?? row.key, version: Number(row.version), deploymentId: row.deployment_id, deploymentName: row.deployment_name }
}

/** A deployment's files as text (definition folders hold only text: BPMN, JSON, Handlebars). */
async function files(deploymentId: string): Promise<Map<string, string>> {
  const rows = await db.from('engine_resources').where('deployment_id', deploymentId).select('name', 'content')
  return new Map(rows.map((row) => [String(row.name), Buffer.from(row.content).toString('utf8')]))
}

async function compareFile(name: string, left: string | undefined, right: string | undefined, labels: [string, string]): Promise<ResourceComparison> {
  const status = left === undefined ? 'added' : right === undefined ? 'removed' : left === right ? 'same' : 'changed'
  if (status === 'same') return { name, status, diff: null, elements: null }
  const diff = createTwoFilesPatch(name, name, left ?? '', right ?? '', labels[0], labels[1], { context: 3 })
  const elements = status === 'changed' && BPMN.test(name) ? await bpmnElementDiff(left!, right!) : null
  return { name, status, diff, elements }
}

/**
 * 版本对比: the files of the deployments two versions came from, side by side
 * (by path): added, removed, changed with a unified diff (and for BPMN the
 * elements added, removed and renamed), or the same. Unknown ids are 404.
 */
export async function compareVersions(leftId: string, rightId: string): Promise<VersionComparison> {
  const [left, right] = [await version(leftId), await version(rightId)]
  const [before, after] = [await files(left.deploymentId), await files(right.deploymentId)]
  const labels: [string, string] = [`第 ${left.version} 版`, `第 ${right.version} 版`]
  const names = [...new Set([...before.keys(), ...after.keys()])].sort()
  const resources = await Promise.all(names.map((name) => compareFile(name, before.get(name), after.get(name), labels)))
  return { left, right, resources }
}
