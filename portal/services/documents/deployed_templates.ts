import db from '@adonisjs/lucid/services/db'
import type { DeployedTemplate } from '#documents'

/** Where a definition folder may keep a template (definition_folder.ts); the shared library's copies land in documents/. */
const PLACES = ['documents/', '', 'templates/']

/**
 * The template `key` that goes with a process instance: the files of its
 * definition's deployment, or, when that deployment left one out
 * (deploy-changed-only), of the newest one deployed before it under the same
 * name, as forms are found (form_registry.ts). Undefined when none of them
 * carries it: issuance then prints the shipped folder's copy. Read per
 * issuance, so a deployment needs no restart; the bytes only when the
 * renderer has not compiled this version yet.
 */
export async function deployedTemplate(key: string, processInstanceId: string): Promise<DeployedTemplate | undefined> {
  const own = await db
    .from('engine_process_instances as i')
    .join('engine_process_definitions as p', 'p.id', 'i.definition_id')
    .join('engine_deployments as d', 'd.id', 'p.deployment_id')
    .where('i.id', processInstanceId)
    .select('d.id', 'd.name', 'd.deployed_at')
    .first()
  if (!own) return undefined
  const sources = PLACES.map((dir) => `${dir}${key}.hbs`)
  const manifests = PLACES.map((dir) => `${dir}${key}.template.json`)
  const rows: { id: string; name: string; checksum: string }[] = await db
    .from('engine_resources as r')
    .join('engine_deployments as d', 'd.id', 'r.deployment_id')
    .whereIn('r.name', [...sources, ...manifests])
    .where((q) => q.where('d.id', own.id).orWhere((same) => same.where('d.name', own.name).where('d.deployed_at', '<=', own.deployed_at)))
    .orderBy('d.deployed_at', 'desc')
    .orderBy('d.id', 'desc')
    .select('r.id', 'r.name', 'r.checksum')
  const source = rows.find((r) => sources.includes(r.name))
  const manifest = rows.find((r) => manifests.includes(r.name))
  if (!source || !manifest) return undefined
  return {
    checksum: `${source.checksum}.${manifest.checksum}`,
    async files() {
      const contents = await db.from('engine_resources').whereIn('id', [source.id, manifest.id]).select('id', 'content')
      const text = (id: string) => Buffer.from(contents.find((c) => c.id === id)!.content).toString('utf8')
      return { source: text(source.id), manifest: text(manifest.id) }
    },
  }
}
