import type { Knex } from 'knex'
import { type Clock, SystemClock } from '../clock/clock.js'
import { NotFoundError } from '../errors.js'
import type { ProcessModel } from '../model/process_model.js'
import { activityInstanceTree } from './activity_instances.js'
import { visibleVariables } from '../store/visible_variables.js'
import { type TypedValue, storedVariable } from '../runtime/variables.js'
import { type ExternalTaskRow, type TaskRow, millis } from '../store/rows.js'
import { type EventSubscriptionFilter, countEventSubscriptions, findEventSubscriptions } from './event_subscription_query.js'
import { type ExternalTaskFilter, countExternalTasks, findExternalTasks } from './external_task_query.js'
import { type JobFilter, type JobListRow, countJobs, findJobs } from './job_query.js'
import { returnableActivities } from './returnable_activities.js'
import { type TaskFilter, countTasks, findTasks, identityLinks, taskTimes } from './task_query.js'

/** Reads of the engine's state; they never write. Filters that depend on "now" read the engine's clock. */
export class EngineQueries {
  constructor(
    private knex: Knex,
    private clock: Clock = new SystemClock()
  ) {}

  /** Process definitions, newest version first; `latestVersion` keeps one per key (before `suspended` / `active` narrow them, as in Camunda). */
  async definitions(filter: { key?: string; latestVersion?: boolean; suspended?: boolean; active?: boolean } = {}) {
    const rows = await this.knex('engine_process_definitions')
      .select('id', 'key', 'name', 'version', 'deployment_id', 'resource_name', 'suspended')
      .modify((q) => (filter.key ? q.where('key', filter.key) : q))
      .orderBy('key')
      .orderBy('version', 'desc')
    const seen = new Set<string>()
    const latest = filter.latestVersion ? rows.filter((row: { key: string }) => !seen.has(row.key) && seen.add(row.key)) : rows
    if (filter.suspended) return latest.filter((row: { suspended: unknown }) => Boolean(row.suspended))
    if (filter.active) return latest.filter((row: { suspended: unknown }) => !row.suspended)
    return latest
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

  /** Open user tasks, filtered, sorted and paged as Camunda's GET /task. */
  tasks(filter: TaskFilter = {}): Promise<TaskRow[]> {
    return findTasks(this.knex, filter)
  }

  taskCount(filter: TaskFilter = {}): Promise<number> {
    return countTasks(this.knex, filter)
  }

  async task(id: string): Promise<TaskRow> {
    const [row] = (await this.knex('engine_tasks').where('id', id)) as TaskRow[]
    if (!row) throw new NotFoundError(`No matching task with id ${id}`)
    return taskTimes(row)
  }

  /** The earlier user tasks an open task may be returned to (退回); empty when it cannot be returned at all. */
  returnableActivities(taskId: string): Promise<{ activityId: string; name: string | null }[]> {
    return returnableActivities(this.knex, taskId)
  }

  /** Camunda's identity links of an open task, optionally of one type. */
  async identityLinks(taskId: string, type?: string) {
    const links = identityLinks(await this.task(taskId))
    return type ? links.filter((link) => link.type === type) : links
  }

  externalTasks(filter: ExternalTaskFilter = {}): Promise<ExternalTaskRow[]> {
    return findExternalTasks(this.knex, filter, this.clock.now().getTime())
  }

  externalTaskCount(filter: ExternalTaskFilter = {}): Promise<number> {
    return countExternalTasks(this.knex, filter, this.clock.now().getTime())
  }

  async externalTask(id: string): Promise<ExternalTaskRow> {
    const [task] = await this.externalTasks({ externalTaskId: id })
    if (!task) throw new NotFoundError(`External task with id ${id} does not exist`)
    return task
  }

  jobs(filter: JobFilter = {}): Promise<JobListRow[]> {
    return findJobs(this.knex, filter, this.clock.now().getTime())
  }

  jobCount(filter: JobFilter = {}): Promise<number> {
    return countJobs(this.knex, filter, this.clock.now().getTime())
  }

  async job(id: string): Promise<JobListRow> {
    const [job] = await this.jobs({ jobId: id })
    if (!job) throw new NotFoundError(`Job with id ${id} does not exist`)
    return job
  }

  eventSubscriptions(filter: EventSubscriptionFilter = {}) {
    return findEventSubscriptions(this.knex, filter)
  }

  eventSubscriptionCount(filter: EventSubscriptionFilter = {}): Promise<number> {
    return countEventSubscriptions(this.knex, filter)
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

  /** The variables a task sees: its execution's own, its scopes', its process instance's. */
  async taskVariables(taskId: string): Promise<Record<string, TypedValue>> {
    const task = await this.task(taskId)
    const visible = await visibleVariables(this.knex, [{ executionId: task.execution_id, instanceId: task.process_instance_id }])
    return visible.get(task.execution_id) ?? {}
  }

  async incidents(filter: { processInstanceId?: string } = {}) {
    const query = this.knex('engine_incidents').orderBy('created_at')
    if (filter.processInstanceId) query.where('process_instance_id', filter.processInstanceId)
    return (await query).map((row) => ({ ...row, created_at: millis(row.created_at) }))
  }
}
