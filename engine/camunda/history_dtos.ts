import { storedVariable } from '../runtime/variables.js'
import { SUBTASK_DEFINITION_KEY } from '../store/rows.js'
import { formatDate } from './dates.js'
import { toVariableDtos } from './variables.js'

type Row = Record<string, any>

const duration = (row: Row) => (row.ended_at === null ? null : row.ended_at - row.started_at)

const STATES: Record<string, string> = { active: 'ACTIVE', completed: 'COMPLETED', terminated: 'EXTERNALLY_TERMINATED' }

export function historicProcessInstanceDto(row: Row) {
  return {
    id: row.id,
    businessKey: row.business_key,
    processDefinitionId: row.definition_id,
    processDefinitionKey: row.definition_key,
    processDefinitionName: row.definition_name ?? null,
    processDefinitionVersion: row.definition_version ?? null,
    startTime: formatDate(row.started_at),
    endTime: formatDate(row.ended_at),
    removalTime: null,
    durationInMillis: duration(row),
    startUserId: null,
    deleteReason: row.state === 'terminated' ? 'deleted' : null,
    rootProcessInstanceId: null,
    superProcessInstanceId: row.super_process_instance_id,
    superCaseInstanceId: null,
    caseInstanceId: null,
    tenantId: null,
    state: row.state === 'active' && row.suspended ? 'SUSPENDED' : (STATES[row.state] ?? row.state),
  }
}

export function historicActivityInstanceDto(row: Row) {
  return {
    id: row.id,
    parentActivityInstanceId: null,
    activityId: row.activity_id,
    activityName: row.activity_name,
    activityType: row.activity_type,
    processDefinitionKey: row.definition_key,
    processDefinitionId: row.process_definition_id,
    processInstanceId: row.process_instance_id,
    executionId: row.execution_id,
    taskId: row.task_id,
    calledProcessInstanceId: row.called_process_instance_id,
    calledCaseInstanceId: null,
    assignee: null,
    startTime: formatDate(row.started_at),
    endTime: formatDate(row.ended_at),
    durationInMillis: duration(row),
    canceled: row.canceled,
    completeScope: false,
    tenantId: null,
    removalTime: null,
    rootProcessInstanceId: null,
  }
}

export function historicTaskDto(row: Row) {
  return {
    id: row.id,
    processDefinitionKey: row.definition_key,
    processDefinitionId: row.process_definition_id,
    processInstanceId: row.process_instance_id,
    executionId: row.execution_id,
    activityInstanceId: null,
    name: row.name,
    description: row.description ?? null,
    deleteReason: row.delete_reason,
    owner: row.owner,
    assignee: row.assignee,
    startTime: formatDate(row.started_at),
    endTime: formatDate(row.ended_at),
    duration: duration(row),
    taskDefinitionKey: row.task_definition_key === SUBTASK_DEFINITION_KEY ? null : row.task_definition_key,
    priority: row.priority,
    due: formatDate(row.due_at),
    followUp: formatDate(row.follow_up_at),
    parentTaskId: row.parent_task_id ?? null,
    tenantId: null,
    removalTime: null,
    rootProcessInstanceId: null,
  }
}

export function historicVariableDto(row: Row) {
  const typed = toVariableDtos({ [row.name]: storedVariable(row as { type: string; value: string | null }) })[row.name]
  return {
    id: String(row.id),
    name: row.name,
    ...typed,
    processDefinitionKey: row.definition_key,
    processDefinitionId: row.definition_id,
    processInstanceId: row.process_instance_id,
    executionId: row.scope_id,
    activityInstanceId: row.scope_id === row.process_instance_id ? row.process_instance_id : null,
    taskId: null,
    errorMessage: null,
    tenantId: null,
    state: 'CREATED',
    createTime: formatDate(row.created_at),
    removalTime: null,
    rootProcessInstanceId: null,
  }
}
