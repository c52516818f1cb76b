import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { completeTask, fromVariableDtos } from '#engine'
import FormSubmission from '#models/form_submission'
import type User from '#models/user'
import { inTransaction } from '#database/transaction'
import { appEngine, engineQueriesOn } from '#services/engine/engine'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import type { Access } from '#services/access/access'
import { formRegistry, type TaskForm } from '#services/forms/form_registry'
import { assertTaskHolder } from '#services/forms/task_holder'
import { assertProjectVisible } from '#services/forms/submission_scope'
import { checkForm } from '#services/forms/form_validation'
import { storeSubmitted } from './store_submission.js'
import { decodeValue } from '#services/forms/stored_value'
import { keepUnchangedMasked, maskValue, sensitivePaths } from '#services/forms/sensitive_fields'
import { formInvalid } from '#exceptions/forms'

export interface SubmitInput {
  taskId: string
  value: Record<string, unknown>
  draftId?: number
  projectId?: number
}

/** Who submits: the user, his data scope and his audit identity. */
export interface Caller {
  user: User
  access: Access
  actor: AuditActor
}

/** The latest submitted value of this form in the task's process instance: what read-only fields are held to. */
async function previousValue(task: TaskForm, trx: TransactionClientContract) {
  const previous = await FormSubmission.query({ client: trx }).where({ process_instance_id: task.processInstanceId, form_key: task.formKey, status: 'submitted' }).orderBy('id', 'desc').first()
  if (!previous) return { value: undefined, projectId: null }
  const form = await formRegistry.version(previous.formKey, previous.schemaChecksum, trx)
  return { value: decodeValue(form.schema, previous.value), projectId: previous.projectId }
}

/** The project the instance is about: its `projectId` variable, else an earlier submission's, else the caller's. */
async function projectOf(task: TaskForm, trx: TransactionClientContract, fallback: number | null): Promise<number | null> {
  const variables = await engineQueriesOn(trx).variables(task.processInstanceId)
  const fromVariable = Number(variables.projectId?.value ?? Number.NaN)
  return Number.isSafeInteger(fromVariable) && fromVariable > 0 ? fromVariable : fallback
}

/**
 * Validates the values against the task's form version with the task's field
 * rules and the instance's previous submission and, only if they pass,
 * stores them in the caller's transaction. Returns the process variables the
 * completion carries (ID numbers masked). The caller has checked the holder.
 */
export async function storeTaskSubmission(task: TaskForm, input: Omit<SubmitInput, 'taskId'>, caller: Caller, trx: TransactionClientContract) {
  const previous = await previousValue(task, trx)
  const projectId = await projectOf(task, trx, previous.projectId ?? input.projectId ?? null)
  if (projectId) await assertProjectVisible(projectId, caller.access, trx)

  const submitted = keepUnchangedMasked(input.value, previous.value, sensitivePaths(task.schema))
  const check = await checkForm(task.schema, submitted, { access: caller.access, rules: task.rules, previous: previous.value, client: trx })
  if (!check.ok) throw formInvalid(check.errors)

  const submission = await storeSubmitted(
    { form: task, value: check.value, draftId: input.draftId, taskId: task.taskId, taskKey: task.taskKey, processInstanceId: task.processInstanceId, projectId },
    caller.user.id,
    trx
  )

  // process variables carry ID numbers masked: the full number stays encrypted in the submission
  const variables = { ...(maskValue(check.value, sensitivePaths(task.schema)) as Record<string, unknown>), formSubmissionId: submission.id }
  return { submission, variables }
}

/**
 * 提交: stores the values (see storeTaskSubmission) and completes the task
 * with them as process variables, all in one transaction. A refusal leaves
 * nothing behind and the task open.
 */
export async function submitTaskForm(input: SubmitInput, caller: Caller): Promise<FormSubmission> {
  return inTransaction(async (trx) => {
    const task = await formRegistry.forTask(input.taskId, trx)
    await assertTaskHolder(task, caller.user, trx)
    const { submission, variables } = await storeTaskSubmission(task, input, caller, trx)
    const dtos = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, { value }]))
    await appEngine().execute(completeTask, { taskId: task.taskId, variables: fromVariableDtos(dtos) }, { trx: trx.knexClient })
    await recordAudit(caller.actor, { action: 'form.submit', outcome: 'success', targetType: 'form_submission', targetId: submission.id, detail: { formKey: task.formKey, taskId: task.taskId } }, trx)
    return submission
  })
}
