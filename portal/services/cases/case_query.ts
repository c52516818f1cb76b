import db from '@adonisjs/lucid/services/db'
import type { Access } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'

/** Filters of the 办件 list and its export. */
export interface CaseFilters {
  definitionKey?: string
  status?: 'running' | 'ended'
  /** on the title and the case number */
  q?: string
  /** started on or after this day (YYYY-MM-DD) */
  from?: string
  /** started on or before this day (YYYY-MM-DD) */
  to?: string
  projectId?: number
}

/** One case as lists show it. */
export interface CaseRow {
  id: number
  caseNo: string
  title: string
  processInstanceId: string
  definitionKey: string
  processName: string
  status: 'running' | 'ended'
  projectId: number | null
  projectName: string | null
  applicantName: string
  handlingName: string | null
  createdAt: string
  /** names of the open tasks: where the case stands now */
  currentSteps: string[]
}

const COLUMNS = [
  'process_cases.id',
  'process_cases.case_no',
  'process_cases.title',
  'process_cases.definition_key',
  'process_cases.project_id',
  'process_cases.process_instance_id',
  'process_cases.created_at',
  'engine_process_instances.state',
  'engine_process_definitions.name as process_name',
  'projects.name as project_name',
  'applicant.name as applicant_name',
  'handler.name as handling_name',
]

/** Day bounds as stored datetimes compare (SQLite text, MySQL DATETIME). */
const dayStart = (day: string) => `${day} 00:00:00`
const dayEnd = (day: string) => `${day} 23:59:59`

/**
 * The cases `access` may see, joined with what lists show (engine state,
 * process name, project, applicant, handling body) and narrowed by the
 * filters; newest first.
 */
export function casesQuery(access: Access, filters: CaseFilters) {
  const query = scopeCases(db.from('process_cases'), access)
    .join('engine_process_instances', 'engine_process_instances.id', 'process_cases.process_instance_id')
    .leftJoin('engine_process_definitions', 'engine_process_definitions.id', 'process_cases.definition_id')
    .leftJoin('projects', 'projects.id', 'process_cases.project_id')
    .join('organizations as applicant', 'applicant.id', 'process_cases.applicant_organization_id')
    .leftJoin('organizations as handler', 'handler.id', 'process_cases.handling_organization_id')
  if (filters.definitionKey) query.where('process_cases.definition_key', filters.definitionKey)
  if (filters.status === 'running') query.where('engine_process_instances.state', 'active')
  if (filters.status === 'ended') query.whereNot('engine_process_instances.state', 'active')
  if (filters.projectId) query.where('process_cases.project_id', filters.projectId)
  if (filters.from) query.where('process_cases.created_at', '>=', dayStart(filters.from))
  if (filters.to) query.where('process_cases.created_at', '<=', dayEnd(filters.to))
  if (filters.q) {
    const q = filters.q
    query.where((search) => search.where('process_cases.title', 'like', `%${q}%`).orWhere('process_cases.case_no', 'like', `${q}%`))
  }
  return query
}

/**
 * SQLite hands back "YYYY-MM-DD HH:MM:SS" (UTC) from Lucid models, or epoch
 * milliseconds where a raw insert passed a Date; MySQL a Date. All leave as ISO 8601.
 */
export function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number' || /^\d+$/.test(String(value))) return new Date(Number(value)).toISOString()
  return new Date(`${String(value).replace(' ', 'T')}Z`).toISOString()
}

/** Names of the open tasks of each instance. */
async function openStepsOf(instanceIds: string[]): Promise<Map<string, string[]>> {
  const steps = new Map<string, string[]>()
  if (instanceIds.length === 0) return steps
  const tasks = await db.from('engine_tasks').whereIn('process_instance_id', instanceIds).orderBy('created_at').select('process_instance_id', 'name', 'task_definition_key')
  for (const task of tasks) {
    const list = steps.get(task.process_instance_id) ?? []
    list.push(task.name ?? task.task_definition_key)
    steps.set(task.process_instance_id, list)
  }
  return steps
}

/** Runs a cases query (with its ordering and paging already applied) into list rows. */
export async function toCaseRows(query: ReturnType<typeof casesQuery>): Promise<CaseRow[]> {
  const rows = await query.select(COLUMNS)
  const steps = await openStepsOf(rows.map((row) => row.process_instance_id))
  return rows.map((row) => ({
    id: Number(row.id),
    caseNo: row.case_no,
    title: row.title,
    processInstanceId: row.process_instance_id,
    definitionKey: row.definition_key,
    processName: row.process_name ?? row.definition_key,
    status: row.state === 'active' ? 'running' : 'ended',
    projectId: row.project_id === null ? null : Number(row.project_id),
    projectName: row.project_name ?? null,
    applicantName: row.applicant_name,
    handlingName: row.handling_name ?? null,
    createdAt: isoOf(row.created_at),
    currentSteps: steps.get(row.process_instance_id) ?? [],
  }))
}
