import type { JobListRow } from '../query/job_query.js'
import type { EventSubscriptionRow } from '../store/rows.js'
import { formatDate } from './dates.js'

/** Camunda's JobDto. We keep no job definitions or priorities: those are null and 0. */
export function jobDto(job: JobListRow) {
  return {
    id: job.id,
    jobDefinitionId: null,
    processInstanceId: job.process_instance_id,
    processDefinitionId: job.definition_id,
    processDefinitionKey: job.definition_key,
    executionId: job.execution_id,
    exceptionMessage: job.exception_message,
    failedActivityId: job.exception_message === null ? null : job.activity_id,
    retries: job.retries,
    dueDate: formatDate(job.due_at),
    suspended: Boolean(job.suspended),
    priority: 0,
    tenantId: null,
    createTime: formatDate(job.created_at),
    batchId: null,
  }
}

/** Camunda's EventSubscriptionDto. */
export function eventSubscriptionDto(row: EventSubscriptionRow) {
  return {
    id: row.id,
    eventType: row.type,
    eventName: row.event_name,
    executionId: row.execution_id,
    processInstanceId: row.process_instance_id,
    activityId: row.activity_id,
    createdDate: formatDate(row.created_at),
    tenantId: null,
  }
}
