import type { LockedExternalTask } from '../commands/external_task/fetch_and_lock.js'
import { type ExternalTaskRow, SUBTASK_DEFINITION_KEY, type TaskRow } from '../store/rows.js'
import { formatDate } from './dates.js'
import { toVariableDtos } from './variables.js'

/** Camunda's TaskDto. */
export function taskDto(task: TaskRow) {
  return {
    id: task.id,
    name: task.name,
    assignee: task.assignee,
    owner: task.owner,
    created: formatDate(task.created_at),
    due: formatDate(task.due_at),
    followUp: formatDate(task.follow_up_at),
    delegationState: task.delegation_state ?? null,
    description: task.description ?? null,
    executionId: task.execution_id,
    parentTaskId: task.parent_task_id ?? null,
    priority: task.priority,
    processDefinitionId: task.process_definition_id,
    processInstanceId: task.process_instance_id,
    // a subtask (加签) was added by a person, not modelled: Camunda shows no key
    taskDefinitionKey: task.task_definition_key === SUBTASK_DEFINITION_KEY ? null : task.task_definition_key,
    caseExecutionId: null,
    caseInstanceId: null,
    caseDefinitionId: null,
    suspended: Boolean(task.suspended),
    formKey: task.form_key,
    tenantId: null,
  }
}

/** Camunda's ExternalTaskDto. */
export function externalTaskDto(task: ExternalTaskRow) {
  return {
    id: task.id,
    activityId: task.activity_id,
    activityInstanceId: `${task.activity_id}:${task.execution_id}`,
    errorMessage: task.error_message,
    executionId: task.execution_id,
    lockExpirationTime: formatDate(task.lock_expires_at),
    createTime: formatDate(task.created_at),
    processDefinitionId: task.process_definition_id,
    processDefinitionKey: task.process_definition_key,
    processDefinitionVersionTag: null,
    processInstanceId: task.process_instance_id,
    retries: task.retries,
    suspended: Boolean(task.suspended),
    workerId: task.worker_id,
    topicName: task.topic,
    tenantId: null,
    priority: Number(task.priority),
    businessKey: task.business_key,
  }
}

/** Camunda's LockedExternalTaskDto: the task plus its variables. */
export function lockedExternalTaskDto(task: LockedExternalTask) {
  return { ...externalTaskDto(task), errorDetails: task.error_details, variables: toVariableDtos(task.variables), extensionProperties: {} }
}

/** Camunda's ProcessDefinitionDto. */
export function definitionDto(row: { id: string; key: string; name: string | null; version: number; deployment_id: string; resource_name: string; suspended?: boolean | number }) {
  return {
    id: row.id,
    key: row.key,
    category: 'http://bpmn.io/schema/bpmn',
    description: null,
    name: row.name,
    version: row.version,
    resource: row.resource_name,
    deploymentId: row.deployment_id,
    diagram: null,
    suspended: Boolean(row.suspended),
    tenantId: null,
    versionTag: null,
    historyTimeToLive: null,
    startableInTasklist: true,
  }
}

/** Camunda's ProcessInstanceDto. */
export function instanceDto(row: { id: string; definition_id: string; business_key: string | null; state: string; suspended?: boolean | number }) {
  return {
    id: row.id,
    definitionId: row.definition_id,
    businessKey: row.business_key,
    caseInstanceId: null,
    ended: row.state !== 'active',
    suspended: Boolean(row.suspended),
    tenantId: null,
    links: [],
  }
}

/** Camunda's IncidentDto. */
export function incidentDto(row: { id: string; type: string; process_instance_id: string; activity_id: string; configuration: string | null; message: string | null; created_at: number | null }) {
  return {
    id: row.id,
    processDefinitionId: null,
    processInstanceId: row.process_instance_id,
    executionId: null,
    incidentTimestamp: formatDate(row.created_at),
    incidentType: row.type,
    activityId: row.activity_id,
    failedActivityId: row.activity_id,
    causeIncidentId: row.id,
    rootCauseIncidentId: row.id,
    configuration: row.configuration,
    incidentMessage: row.message,
    tenantId: null,
    jobDefinitionId: null,
    annotation: null,
  }
}
