import type { Knex } from 'knex'
import { type JobRow, millis } from '../store/rows.js'
import { type Page, countOf, pageQuery } from './page.js'

/** One bound of Camunda's `dueDates=lt_…,gt_…` condition list; `at` in epoch ms. */
export interface DateCondition {
  operator: 'lt' | 'gt'
  at: number
}

/** GET /job's filters (Camunda's JobQueryDto, the part an operator needs). */
export interface JobFilter extends Page {
  jobId?: string
  processInstanceId?: string
  executionId?: string
  processDefinitionId?: string
  processDefinitionKey?: string
  activityId?: string
  /** all our jobs are timers; `messages` (async continuations) matches none yet */
  timers?: boolean
  messages?: boolean
  /** due by `now` and retries left */
  executable?: boolean
  withException?: boolean
  noRetriesLeft?: boolean
  withRetriesLeft?: boolean
  dueDates?: readonly DateCondition[]
}

/** A job with the definition it belongs to: its own (timer start events) or its instance's. */
export interface JobListRow extends JobRow {
  definition_id: string | null
  definition_key: string | null
}

function filtered(knex: Knex, filter: JobFilter, now: number): Knex.QueryBuilder {
  const query = knex('engine_jobs as j')
    .leftJoin('engine_process_instances as i', 'i.id', 'j.process_instance_id')
    .leftJoin('engine_process_definitions as d', 'd.id', 'j.process_definition_id')
  const equal = { 'j.id': filter.jobId, 'j.process_instance_id': filter.processInstanceId, 'j.execution_id': filter.executionId, 'j.activity_id': filter.activityId }
  for (const [column, value] of Object.entries(equal)) if (value !== undefined) query.where(column, value)
  if (filter.processDefinitionId !== undefined) query.where((q) => q.where('j.process_definition_id', filter.processDefinitionId!).orWhere('i.definition_id', filter.processDefinitionId!))
  if (filter.processDefinitionKey !== undefined) query.where((q) => q.where('d.key', filter.processDefinitionKey!).orWhere('i.definition_key', filter.processDefinitionKey!))
  if (filter.timers) query.where('j.type', 'timer')
  if (filter.messages) query.where('j.type', 'message')
  if (filter.executable) query.where('j.due_at', '<=', now).where('j.retries', '>', 0)
  if (filter.withException) query.whereNotNull('j.exception_message')
  if (filter.noRetriesLeft) query.where('j.retries', 0)
  if (filter.withRetriesLeft) query.where('j.retries', '>', 0)
  for (const condition of filter.dueDates ?? []) query.where('j.due_at', condition.operator === 'lt' ? '<' : '>', condition.at)
  return query
}

/** Jobs matching the filter, soonest due first. `now` is the engine clock's, for `executable`. */
export async function findJobs(knex: Knex, filter: JobFilter, now: number): Promise<JobListRow[]> {
  const query = filtered(knex, filter, now)
    .select('j.*', knex.raw('coalesce(j.process_definition_id, i.definition_id) as definition_id'), knex.raw('coalesce(d.key, i.definition_key) as definition_key'))
    .orderBy('j.due_at')
    .orderBy('j.id')
  const rows = (await pageQuery(query, filter)) as JobListRow[]
  return rows.map((row) => ({ ...row, due_at: millis(row.due_at)!, created_at: millis(row.created_at)!, lock_expires_at: millis(row.lock_expires_at), retries: Number(row.retries) }))
}

/** How many jobs match (GET /job/count). */
export function countJobs(knex: Knex, filter: JobFilter, now: number): Promise<number> {
  return countOf(filtered(knex, filter, now))
}
