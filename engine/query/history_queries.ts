import type { Knex } from 'knex'
import { NotFoundError } from '../errors.js'
import { millis } from '../store/rows.js'

/** Camunda's history filters that every resource shares: paging and finished/unfinished. */
export interface HistoryPage {
  firstResult?: number
  maxResults?: number
  sortOrder?: 'asc' | 'desc'
  finished?: boolean
  unfinished?: boolean
}

const times = (row: Record<string, any>, ...columns: string[]) => {
  for (const column of columns) row[column] = millis(row[column])
  return row
}

function page(query: Knex.QueryBuilder, filter: HistoryPage, endColumn: string): Knex.QueryBuilder {
  if (filter.finished) query.whereNotNull(endColumn)
  if (filter.unfinished) query.whereNull(endColumn)
  return query.offset(filter.firstResult ?? 0).limit(Math.min(filter.maxResults ?? 1000, 1000))
}

/** Reads of the engine's history (GET /history/…); they never write. */
export class HistoryQueries {
  constructor(private knex: Knex) {}

  processInstances(filter: HistoryPage & { processInstanceId?: string; processInstanceBusinessKey?: string; processDefinitionKey?: string; superProcessInstanceId?: string } = {}, count = false) {
    const query = this.knex('engine_process_instances as i').join('engine_process_definitions as d', 'd.id', 'i.definition_id')
    if (filter.processInstanceId) query.where('i.id', filter.processInstanceId)
    if (filter.processInstanceBusinessKey) query.where('i.business_key', filter.processInstanceBusinessKey)
    if (filter.processDefinitionKey) query.where('i.definition_key', filter.processDefinitionKey)
    if (filter.superProcessInstanceId) query.where('i.super_process_instance_id', filter.superProcessInstanceId)
    if (count) return page(query, { ...filter, firstResult: 0, maxResults: 1000 }, 'i.ended_at').clearSelect().count('* as n').first().then((r) => Number(r?.n ?? 0))
    return page(query.select('i.*', 'd.name as definition_name', 'd.version as definition_version').orderBy('i.started_at', filter.sortOrder ?? 'asc').orderBy('i.id'), filter, 'i.ended_at').then((rows) =>
      rows.map((r: Record<string, any>) => times(r, 'started_at', 'ended_at'))
    )
  }

  async processInstance(id: string) {
    const [row] = (await this.processInstances({ processInstanceId: id })) as Record<string, any>[]
    if (!row) throw new NotFoundError(`Historic process instance with id ${id} does not exist`)
    return row
  }

  activityInstances(filter: HistoryPage & { processInstanceId?: string; activityId?: string; activityType?: string; executionId?: string; canceled?: boolean } = {}) {
    const query = this.knex('engine_hist_activities as a').join('engine_process_instances as i', 'i.id', 'a.process_instance_id')
    if (filter.processInstanceId) query.where('a.process_instance_id', filter.processInstanceId)
    if (filter.activityId) query.where('a.activity_id', filter.activityId)
    if (filter.activityType) query.where('a.activity_type', filter.activityType)
    if (filter.executionId) query.where('a.execution_id', filter.executionId)
    if (filter.canceled) query.where('a.canceled', true)
    const order = filter.sortOrder ?? 'asc'
    return page(query.select('a.*', 'i.definition_key').orderBy('a.started_at', order).orderBy('a.sequence', order), filter, 'a.ended_at').then((rows) =>
      rows.map((r: Record<string, any>) => times({ ...r, canceled: Boolean(r.canceled) }, 'started_at', 'ended_at'))
    )
  }

  tasks(filter: HistoryPage & { processInstanceId?: string; taskAssignee?: string; taskDefinitionKey?: string; processDefinitionKey?: string } = {}) {
    const query = this.knex('engine_hist_tasks as t').join('engine_process_instances as i', 'i.id', 't.process_instance_id')
    if (filter.processInstanceId) query.where('t.process_instance_id', filter.processInstanceId)
    if (filter.taskAssignee) query.where('t.assignee', filter.taskAssignee)
    if (filter.taskDefinitionKey) query.where('t.task_definition_key', filter.taskDefinitionKey)
    if (filter.processDefinitionKey) query.where('i.definition_key', filter.processDefinitionKey)
    return page(query.select('t.*', 'i.definition_key').orderBy('t.started_at', filter.sortOrder ?? 'asc').orderBy('t.id'), filter, 't.ended_at').then((rows) =>
      rows.map((r: Record<string, any>) => times(r, 'started_at', 'ended_at', 'due_at', 'follow_up_at'))
    )
  }

  variables(filter: HistoryPage & { processInstanceId?: string; variableName?: string; variableNameLike?: string } = {}) {
    const query = this.knex('engine_hist_variables as v').join('engine_process_instances as i', 'i.id', 'v.process_instance_id')
    if (filter.processInstanceId) query.where('v.process_instance_id', filter.processInstanceId)
    if (filter.variableName) query.where('v.name', filter.variableName)
    if (filter.variableNameLike) query.where('v.name', 'like', filter.variableNameLike)
    return query
      .select('v.*', 'i.definition_id', 'i.definition_key')
      .orderBy('v.created_at', filter.sortOrder ?? 'asc')
      .orderBy('v.id')
      .offset(filter.firstResult ?? 0)
      .limit(Math.min(filter.maxResults ?? 1000, 1000))
      .then((rows) => rows.map((r: Record<string, any>) => times(r, 'created_at', 'updated_at')))
  }
}
