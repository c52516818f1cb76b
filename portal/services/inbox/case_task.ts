import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { Access } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'
import { TaskGoneError } from '#exceptions/tasks'

/** An open task as its row reads, with the case it belongs to. */
export interface CaseTask {
  readonly task: {
    id: string
    name: string | null
    process_instance_id: string
    process_definition_id: string
    task_definition_key: string
    execution_id: string
    assignee: string | null
    owner: string | null
    candidate_users: string | null
    candidate_groups: string | null
    form_key: string | null
    delegation_state: string | null
    /** set on a 加签 subtask: the task it was added to */
    parent_task_id: string | null
    created_at: number
    due_at: number | null
    follow_up_at: number | null
    /** held by an administrator (its instance or definition suspended): no action is taken on it */
    suspended: boolean
  }
  readonly caseRow: {
    id: number
    case_no: string
    title: string
    definition_key: string
    project_id: number | null
    applicant_organization_id: number
    handling_organization_id: number | null
    scope_path: string
  }
}

const TASK_COLUMNS = ['id', 'name', 'process_instance_id', 'process_definition_id', 'task_definition_key', 'execution_id', 'assignee', 'owner', 'candidate_users', 'candidate_groups', 'form_key', 'delegation_state', 'parent_task_id', 'created_at', 'due_at', 'follow_up_at', 'suspended']
const CASE_COLUMNS = ['id', 'case_no', 'title', 'definition_key', 'project_id', 'applicant_organization_id', 'handling_organization_id', 'scope_path']

/**
 * The open task with its case, if `access` may see the case; else 404. With
 * `lock` (inside a transaction) a second request for the same task waits
 * for the first and then finds it gone, so a task is never completed twice.
 */
export async function findCaseTask(taskId: string, access: Access, client: QueryClientContract, options: { lock?: boolean } = {}): Promise<CaseTask> {
  const query = client
    .from('engine_tasks')
    .join('process_cases', 'process_cases.process_instance_id', 'engine_tasks.process_instance_id')
    .where('engine_tasks.id', taskId)
    .select([...TASK_COLUMNS.map((c) => `engine_tasks.${c} as t_${c}`), ...CASE_COLUMNS.map((c) => `process_cases.${c} as c_${c}`)])
  // SQLite serialises writers on its own; MySQL needs the row lock
  if (options.lock && client.dialect.name === 'mysql') query.forUpdate()
  const row = await scopeCases(query, access).first()
  if (!row) throw new TaskGoneError(taskId)
  const pick = (prefix: string, columns: string[]) => Object.fromEntries(columns.map((c) => [c, row[`${prefix}${c}`]]))
  const task = pick('t_', TASK_COLUMNS) as CaseTask['task']
  return { task: { ...task, created_at: Number(task.created_at), due_at: task.due_at === null ? null : Number(task.due_at), follow_up_at: task.follow_up_at === null ? null : Number(task.follow_up_at), suspended: Boolean(task.suspended) }, caseRow: pick('c_', CASE_COLUMNS) as CaseTask['caseRow'] }
}
