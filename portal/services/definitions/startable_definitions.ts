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

/** A process these roles may start, and whether its latest version is suspended (挂起) just now. */
export interface StartCandidate extends StartableDefinition {
  readonly isSuspended: boolean
}

/** The role codes a user holds: candidate groups of tasks and starter groups of processes are role codes. */
export async function roleCodesOf(userId: number, client: QueryClientContract = db.connection()): Promise<string[]> {
  const rows = await client.from('user_roles').join('roles', 'roles.id', 'user_roles.role_id').where('user_roles.user_id', userId).select('roles.code')
  return rows.map((row) => String(row.code))
}

/** The latest version of every deployed process, with its metadata. */
async function latestDefinitions(client: QueryClientContract): Promise<{ id: string; version: number; suspended: boolean; metadata: ProcessMetadata }[]> {
  const rows = await client
    .from('engine_process_definitions as p')
    .whereRaw('p.version = (SELECT MAX(v.version) FROM engine_process_definitions v WHERE v.key = p.key)')
    .orderBy('p.key')
    .select('p.id', 'p.key', 'p.version', 'p.suspended')
  return Promise.all(
    rows.map(async (row) => ({
      id: String(row.id),
      version: Number(row.version),
      suspended: Boolean(row.suspended),
      metadata: await processMetadata(row.id, row.key, async () => (await client.from('engine_process_definitions').where('id', row.id).select('xml').firstOrFail()).xml),
    }))
  )
}

/**
 * The latest version of each process whose starter groups name one of these
 * roles and which has a start form (the workspace starts a case by filling
 * it), suspended or not.
 */
async function startCandidates(roleCodes: readonly string[], client: QueryClientContract): Promise<StartCandidate[]> {
  const roles = new Set(roleCodes)
  return (await latestDefinitions(client))
    .filter(({ metadata }) => metadata.startFormKey && metadata.starterGroups.some((group) => roles.has(group)))
    .map(({ id, version, suspended, metadata }) => ({ key: metadata.key, name: metadata.name, description: metadata.documentation, definitionId: id, version, startFormKey: metadata.startFormKey!, isSuspended: suspended }))
}

/** The processes these roles may start now (发起办理): a suspended latest version is not offered. */
export async function startableDefinitions(roleCodes: readonly string[], client: QueryClientContract = db.connection()): Promise<StartableDefinition[]> {
  return (await startCandidates(roleCodes, client)).filter((candidate) => !candidate.isSuspended).map(({ isSuspended: _, ...definition }) => definition)
}

/** One process by key these roles may start, suspended or not (the caller refuses a suspended one with its reason); undefined when they may not. */
export async function startableDefinition(key: string, roleCodes: readonly string[], client: QueryClientContract = db.connection()): Promise<StartCandidate | undefined> {
  return (await startCandidates(roleCodes, client)).find((definition) => definition.key === key)
}
