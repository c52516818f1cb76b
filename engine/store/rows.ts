/** Rows as the engine stores them (snake_case, times in epoch milliseconds). */
export interface ProcessInstanceRow {
  id: string
  definition_id: string
  definition_key: string
  business_key: string | null
  state: 'active' | 'completed' | 'terminated'
  started_at: number
  ended_at: number | null
  rev: number
  /** for an instance started by a call activity: the calling execution and its instance */
  super_execution_id: string | null
  super_process_instance_id: string | null
  /** Camunda's suspension state (a boolean the drivers may give as 0/1); absent on databases without migration 0022 */
  suspended?: boolean | number
}

/**
 * What a subtask (加签) stores as its task definition key: it was added by a
 * person, not modelled, and the column is NOT NULL. Not a valid BPMN id, so
 * it never matches an element; the DTOs show null, as Camunda does.
 */
export const SUBTASK_DEFINITION_KEY = '#subtask'

export interface TaskRow {
  id: string
  process_instance_id: string
  execution_id: string
  process_definition_id: string
  task_definition_key: string
  name: string | null
  assignee: string | null
  owner: string | null
  candidate_users: string | null
  candidate_groups: string | null
  form_key: string | null
  priority: number
  due_at: number | null
  follow_up_at: number | null
  created_at: number
  /** Camunda's delegation state; absent on databases without migration 0010 */
  delegation_state?: 'PENDING' | 'RESOLVED' | null
  /** the task a subtask (加签) belongs to; absent on databases without migration 0017 */
  parent_task_id?: string | null
  description?: string | null
  /** set while its process instance is suspended (migration 0022) */
  suspended?: boolean | number
}

export interface ExternalTaskRow {
  id: string
  process_instance_id: string
  execution_id: string
  process_definition_id: string
  process_definition_key: string
  activity_id: string
  business_key: string | null
  topic: string
  worker_id: string | null
  lock_expires_at: number | null
  retries: number | null
  error_message: string | null
  error_details: string | null
  priority: number
  created_at: number
  rev: number
  /** set while its process instance is suspended (migration 0022) */
  suspended?: boolean | number
}

export interface JobRow {
  id: string
  type: 'timer' | 'asyncBefore' | 'asyncAfter'
  process_instance_id: string | null
  process_definition_id: string | null
  execution_id: string | null
  activity_id: string
  timer_kind: 'timeDate' | 'timeDuration' | 'timeCycle' | null
  timer_value: string | null
  fired: number
  due_at: number
  lock_owner: string | null
  lock_expires_at: number | null
  retries: number
  exception_message: string | null
  created_at: number
  rev: number
  /** set while its instance, or for a timer start event its definition, is suspended (migration 0022) */
  suspended?: boolean | number
}

export interface EventSubscriptionRow {
  id: string
  type: 'message' | 'signal'
  event_name: string
  process_instance_id: string | null
  execution_id: string | null
  activity_id: string
  process_definition_id: string
  created_at: number
}

/** BIGINT columns may come back as strings from some drivers; the engine works in numbers. */
export function millis(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value)
}

/** An external-task row with its BIGINT columns as numbers. */
export function externalTaskRow(row: ExternalTaskRow): ExternalTaskRow {
  return { ...row, created_at: millis(row.created_at)!, lock_expires_at: millis(row.lock_expires_at), priority: Number(row.priority) }
}
