import type { Knex } from 'knex'
import { NotFoundError } from '../errors.js'
import type { ProcessModel } from '../model/process_model.js'
import { activityInstanceTree } from './activity_instances.js'
import { type TypedValue, storedVariable } from '../runtime/variables.js'
import { type ExternalTaskRow, type TaskRow, externalTaskRow, millis } from '../store/rows.js'

/** A task row with its BIGINT times as numbers. */
function taskTimes(row: TaskRow): TaskRow {
  return { ...row, created_at: millis(row.created_at)!, due_at: millis(row.due_at), follow_up_at: millis(row.follow_up_at) }
}

/** Reads of the engine's state; they never write. */
export class EngineQueries {
  constructor(private knex: Knex) {}

  /** Process definitions, newest version first; `latestVersion` keeps one per key. */
  async definitions(filter: { key?: string; latestVersion?: boolean } = {}) {
    const rows = await this.knex('engine_process_definitions')
      .select('id', 'key', 'name', 'version', 'deployment_id', 'resource_name')
      .modify((q) => (filter.key ? q.where('key', filter.key) : q))
      .orderBy('key')
      .orderBy('version', 'desc')
    if (!filter.latestVersion) return rows
    const seen = new Set<string>()
    return rows.filter((row: { key: string }) => !seen.has(row.key) && seen.add(row.key))
  }

  async definitionXml(id: string): Promise<{ id: string; xml: string }> {
    const row = await this.knex('engine_process_definitions').where('id', id).select('id', 'xml').first()
    if (!row) throw new NotFoundError(`No matching definition with id ${id}`)
    return row
  }

  /** Process instances, newest first; active ones only unless `withEnded`. */
  async instances(filter: { businessKey?: string; processDefinitionKey?: string; superProcessInstance?: string; withEnded?: boolean } = {}) {
    const query = this.knex('engine_process_instances').orderBy('started_at', 'desc').orderBy('id').limit(1000)
    if (filter.superProcessInstance) query.where('super_process_instance_id', filter.superProcessInstance)
    if (filter.businessKey) query.where('business_key', filter.businessKey)
    if (filter.processDefinitionKey) query.where('definition_key', filter.processDefinitionKey)
    if (!filter.withEnded) query.where('state', 'active')
    return query
  }

  async instance(id: string) {
    const row = await this.knex('engine_process_instances').where('id', id).first()
    if (!row) throw new NotFoundError(`Process instance with id ${id} does not exist`)
    return { ...row, started_at: millis(row.started_at), ended_at: millis(row.ended_at) }
  }

  /** Open user tasks; candidateGroup matches one entry of the comma-separated list. */
  async tasks(filter: { assignee?: string; candidateGroup?: string; processInstanceId?: string; taskDefinitionKey?: string } = {}): Promise<TaskRow[]> {
    const query = this.knex('engine_tasks').orderBy('created_at').orderBy('id')
    if (filter.assignee) query.where('assignee', filter.assignee)
    if (filter.processInstanceId) query.where('process_instance_id', filter.processInstanceId)
    if (filter.taskDefinitionKey) query.where('task_definition_key', filter.taskDefinitionKey)
    const rows = (await query) as TaskRow[]
    const group = filter.candidateGroup
    const matching = group ? rows.filter((row) => (row.candidate_groups ?? '').split(',').map((g) => g.trim()).includes(group)) : rows
    return matching.map(taskTimes)
  }

  async task(id: string): Promise<TaskRow> {
    const [row] = (await this.knex('engine_tasks').where('id', id)) as TaskRow[]
    if (!row) throw new NotFoundError(`No matching task with id ${id}`)
    return taskTimes(row)
  }

  async externalTasks(filter: { topicName?: string; processInstanceId?: string } = {}): Promise<ExternalTaskRow[]> {
    const query = this.knex('engine_external_tasks').orderBy('created_at').orderBy('id')
    if (filter.topicName) query.where('topic', filter.topicName)
    if (filter.processInstanceId) query.where('process_instance_id', filter.processInstanceId)
    const rows = (await query) as ExternalTaskRow[]
    return rows.map(externalTaskRow)
  }

  async variables(processInstanceId: string): Promise<Record<string, TypedValue>> {
    await this.instance(processInstanceId)
    const rows = await this.knex('engine_variables').where({ process_instance_id: processInstanceId, scope_id: processInstanceId })
    return Object.fromEntries(rows.map((r) => [r.name, storedVariable(r)]))
  }

  /** The current activity instances of an active instance, as Camunda's activity-instances resource. */
  activityInstances(processInstanceId: string, model: (definitionId: string) => Promise<ProcessModel>) {
    return activityInstanceTree(this.knex, processInstanceId, model)
  }

  async incidents(filter: { processInstanceId?: string } = {}) {
    const query = this.knex('engine_incidents').orderBy('created_at')
    if (filter.processInstanceId) query.where('process_instance_id', filter.processInstanceId)
    return (await query).map((row) => ({ ...row, created_at: millis(row.created_at) }))
  }
}
