import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { processMetadata, type ProcessMetadata } from './process_metadata.js'

/** A process a user may start from the workspace. */
export interface StartableDefinition {
  readonly key: string
  readonly name: string
  readonly description: string
  readonly definitionId: string
  readonly version: number
  readonly startFormKey: string
}

/** The role codes a user holds: candidate groups of tasks and starter groups of processes are role codes. */
export async function roleCodesOf(userId: number, client: QueryClientContract = db.connection()): Promise<string[]> {
  const rows = await client.from('user_roles').join('roles', 'roles.id', 'user_roles.role_id').where('user_roles.user_id', userId).select('roles.code')
  return rows.map((row) => String(row.code))
}

/** The latest version of every deployed process, with its metadata. */
async function latestDefinitions(client: QueryClientContract): Promise<{ id: string; version: number; metadata: ProcessMetadata }[]> {
  const rows = await client
    .from('engine_process_definitions as p')
    .whereRaw('p.version = (SELECT MAX(v.version) FROM engine_process_definitions v WHERE v.key = p.key)')
    .orderBy('p.key')
    .select('p.id', 'p.key', 'p.version')
  return Promise.all(
    rows.map(async (row) => ({
      id: String(row.id),
      version: Number(row.version),
      metadata: await processMetadata(row.id, row.key, async () => (await client.from('engine_process_definitions').where('id', row.id).select('xml').firstOrFail()).xml),
    }))
  )
}

/**
 * The processes these roles may start: the latest version of each process
 * whose starter groups name one of them and which has a start form (the
 * workspace starts a case by filling it).
 */
export async function startableDefinitions(roleCodes: readonly string[], client: QueryClientContract = db.connection()): Promise<StartableDefinition[]> {
  const roles = new Set(roleCodes)
  return (await latestDefinitions(client))
    .filter(({ metadata }) => metadata.startFormKey && metadata.starterGroups.some((group) => roles.has(group)))
    .map(({ id, version, metadata }) => ({ key: metadata.key, name: metadata.name, description: metadata.documentation, definitionId: id, version, startFormKey: metadata.startFormKey! }))
}

/** One startable process by key, or undefined when these roles may not start it. */
export async function startableDefinition(key: string, roleCodes: readonly string[], client: QueryClientContract = db.connection()): Promise<StartableDefinition | undefined> {
  return (await startableDefinitions(roleCodes, client)).find((definition) => definition.key === key)
}
