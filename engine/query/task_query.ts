import type { Knex } from 'knex'
import { BadRequestError } from '../errors.js'
import { readCandidates } from '../store/candidate_lists.js'
import { type TaskRow, millis } from '../store/rows.js'
import { type Page, countOf, pageQuery, pageRows } from './page.js'

/** Camunda's task `sortBy` values that our rows can order by, with their columns. */
export const TASK_SORT_COLUMNS = {
  instanceId: 'process_instance_id',
  executionId: 'execution_id',
  dueDate: 'due_at',
  followUpDate: 'follow_up_at',
  assignee: 'assignee',
  created: 'created_at',
  id: 'id',
  name: 'name',
  nameCaseInsensitive: 'name',
  priority: 'priority',
} as const

export type TaskSortBy = keyof typeof TASK_SORT_COLUMNS

/** GET /task's filters (Camunda's TaskQueryDto, the part supervisors' inboxes need). Dates are epoch ms. */
export interface TaskFilter extends Page {
  taskId?: string
  assignee?: string
  owner?: string
  assigned?: boolean
  unassigned?: boolean
  delegationState?: 'PENDING' | 'RESOLVED'
  /** a candidate user named on the task; the engine knows no group memberships */
  candidateUser?: string
  candidateGroup?: string
  candidateGroups?: readonly string[]
  /** candidate queries leave assigned tasks out unless this is set, as in Camunda */
  includeAssignedTasks?: boolean
  processInstanceId?: string
  processInstanceBusinessKey?: string
  processDefinitionId?: string
  processDefinitionKey?: string
  taskDefinitionKey?: string
  /** the subtasks (加签) of this task */
  parentTaskId?: string
  dueBefore?: number
  dueAfter?: number
  sortBy?: TaskSortBy
  sortOrder?: 'asc' | 'desc'
}

/** A task row with its BIGINT times as numbers. */
export function taskTimes(row: TaskRow): TaskRow {
  return { ...row, created_at: millis(row.created_at)!, due_at: millis(row.due_at), follow_up_at: millis(row.follow_up_at), delegation_state: row.delegation_state ?? null, parent_task_id: row.parent_task_id ?? null, description: row.description ?? null }
}

/** The candidate part of a filter: users and groups, any of which makes a task match. */
function candidates(filter: TaskFilter): { users: string[]; groups: string[] } | null {
  const groups = [...(filter.candidateGroup ? [filter.candidateGroup] : []), ...(filter.candidateGroups ?? [])]
  if (filter.candidateUser && groups.length) throw new BadRequestError('Invalid query usage: cannot set both candidateUser and candidateGroup')
  if (filter.candidateGroup && filter.candidateGroups?.length) throw new BadRequestError('Invalid query usage: cannot set both candidateGroup and candidateGroups')
  if (!filter.candidateUser && !groups.length) return null
  return { users: filter.candidateUser ? [filter.candidateUser] : [], groups }
}

/**
 * The SQL part of the filter. Candidates live in comma-separated text, so
 * SQL only narrows them with LIKE (wildcards in a name only widen the match)
 * and `isCandidate` decides.
 */
function filtered(knex: Knex, filter: TaskFilter): Knex.QueryBuilder {
  const query = knex('engine_tasks')
  const equal = { id: filter.taskId, assignee: filter.assignee, owner: filter.owner, delegation_state: filter.delegationState, process_instance_id: filter.processInstanceId, process_definition_id: filter.processDefinitionId, task_definition_key: filter.taskDefinitionKey, parent_task_id: filter.parentTaskId }
  for (const [column, value] of Object.entries(equal)) if (value !== undefined) query.where(column, value)
  if (filter.assigned) query.whereNotNull('assignee')
  if (filter.unassigned) query.whereNull('assignee')
  if (filter.processInstanceBusinessKey !== undefined) query.whereIn('process_instance_id', knex('engine_process_instances').select('id').where('business_key', filter.processInstanceBusinessKey))
  if (filter.processDefinitionKey !== undefined) query.whereIn('process_definition_id', knex('engine_process_definitions').select('id').where('key', filter.processDefinitionKey))
  if (filter.dueBefore !== undefined) query.where('due_at', '<', filter.dueBefore)
  if (filter.dueAfter !== undefined) query.where('due_at', '>', filter.dueAfter)
  const wanted = candidates(filter)
  if (wanted) {
    if (!filter.includeAssignedTasks) query.whereNull('assignee')
    const like = (name: string) => `%${name.replace(/\\/g, '_')}%`
    query.where((any) => {
      for (const user of wanted.users) any.orWhere('candidate_users', 'like', like(user))
      for (const group of wanted.groups) any.orWhere('candidate_groups', 'like', like(group))
    })
  }
  return query
}

function isCandidate(filter: TaskFilter): ((row: TaskRow) => boolean) | null {
  const wanted = candidates(filter)
  if (!wanted) return null
  return (row) => readCandidates(row.candidate_users).some((u) => wanted.users.includes(u)) || readCandidates(row.candidate_groups).some((g) => wanted.groups.includes(g))
}

function ordered(query: Knex.QueryBuilder, filter: TaskFilter): Knex.QueryBuilder {
  if ((filter.sortBy === undefined) !== (filter.sortOrder === undefined)) {
    throw new BadRequestError('Only a single sorting parameter specified. sortBy and sortOrder required')
  }
  if (filter.sortBy === 'nameCaseInsensitive') query.orderByRaw(`lower(name) ${filter.sortOrder === 'desc' ? 'desc' : 'asc'}`)
  else if (filter.sortBy) query.orderBy(TASK_SORT_COLUMNS[filter.sortBy], filter.sortOrder)
  return query.orderBy('created_at').orderBy('id')
}

/** Open user tasks matching the filter, one page of them. */
export async function findTasks(knex: Knex, filter: TaskFilter): Promise<TaskRow[]> {
  const query = ordered(filtered(knex, filter), filter)
  const exact = isCandidate(filter)
  if (!exact) return ((await pageQuery(query, filter)) as TaskRow[]).map(taskTimes)
  return pageRows(((await query) as TaskRow[]).filter(exact), filter).map(taskTimes)
}

/** How many open user tasks match (GET /task/count). */
export async function countTasks(knex: Knex, filter: TaskFilter): Promise<number> {
  const exact = isCandidate(filter)
  if (!exact) return countOf(filtered(knex, filter))
  return ((await filtered(knex, filter)) as TaskRow[]).filter(exact).length
}

/** Camunda's identity links of a task: candidate users, candidate groups, then assignee and owner. */
export function identityLinks(task: TaskRow): { userId: string | null; groupId: string | null; type: string }[] {
  return [
    ...readCandidates(task.candidate_users).map((userId) => ({ userId, groupId: null, type: 'candidate' })),
    ...readCandidates(task.candidate_groups).map((groupId) => ({ userId: null, groupId, type: 'candidate' })),
    ...(task.assignee ? [{ userId: task.assignee, groupId: null, type: 'assignee' }] : []),
    ...(task.owner ? [{ userId: task.owner, groupId: null, type: 'owner' }] : []),
  ]
}
