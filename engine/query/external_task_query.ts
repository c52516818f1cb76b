import type { Knex } from 'knex'
import { type ExternalTaskRow, externalTaskRow } from '../store/rows.js'
import { type Page, countOf, pageQuery } from './page.js'

/** GET /external-task's filters (Camunda's ExternalTaskQueryDto, the operator's part). */
export interface ExternalTaskFilter extends Page {
  externalTaskId?: string
  topicName?: string
  workerId?: string
  activityId?: string
  processInstanceId?: string
  processDefinitionId?: string
  /** a lock that has not expired by `now` */
  locked?: boolean
  notLocked?: boolean
  withRetriesLeft?: boolean
  noRetriesLeft?: boolean
}

function filtered(knex: Knex, filter: ExternalTaskFilter, now: number): Knex.QueryBuilder {
  const query = knex('engine_external_tasks')
  const equal = { id: filter.externalTaskId, topic: filter.topicName, worker_id: filter.workerId, activity_id: filter.activityId, process_instance_id: filter.processInstanceId, process_definition_id: filter.processDefinitionId }
  for (const [column, value] of Object.entries(equal)) if (value !== undefined) query.where(column, value)
  if (filter.locked) query.where('lock_expires_at', '>', now)
  if (filter.notLocked) query.where((free) => free.whereNull('lock_expires_at').orWhere('lock_expires_at', '<=', now))
  // a task never failed has no retries yet (NULL): Camunda counts it as having retries left
  if (filter.withRetriesLeft) query.where((left) => left.whereNull('retries').orWhere('retries', '>', 0))
  if (filter.noRetriesLeft) query.where('retries', 0)
  return query
}

/** External tasks matching the filter, oldest first. `now` is the engine clock's, for the lock filters. */
export async function findExternalTasks(knex: Knex, filter: ExternalTaskFilter, now: number): Promise<ExternalTaskRow[]> {
  const rows = (await pageQuery(filtered(knex, filter, now).orderBy('created_at').orderBy('id'), filter)) as ExternalTaskRow[]
  return rows.map(externalTaskRow)
}

/** How many external tasks match (GET /external-task/count). */
export function countExternalTasks(knex: Knex, filter: ExternalTaskFilter, now: number): Promise<number> {
  return countOf(filtered(knex, filter, now))
}
