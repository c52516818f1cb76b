import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import clock from '#services/clock'
import FormSubmission from '#models/form_submission'
import FormSubmissionRevision from '#models/form_submission_revision'
import type User from '#models/user'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import type { Access } from '#services/access/access'
import { formRegistry } from '#services/forms/form_registry'
import { assertTaskHolder } from '#services/forms/task_holder'
import { assertProjectVisible } from '#services/forms/submission_scope'
import { encodeValue } from '#services/forms/stored_value'
import { DateTime } from 'luxon'

export interface DraftInput {
  formKey: string
  value: Record<string, unknown>
  taskId?: string
  projectId?: number
}

interface Caller {
  user: User
  access: Access
  actor: AuditActor
}

/** Appends the submission's current state to its history. */
export async function addRevision(submission: FormSubmission, userId: number, trx: TransactionClientContract): Promise<void> {
  await FormSubmissionRevision.create(
    { submissionId: submission.id, revision: submission.revision, status: submission.status, value: submission.value, changedBy: userId, changedAt: DateTime.fromJSDate(clock.now()) },
    { client: trx }
  )
}

/**
 * 暂存: a new draft of the form (the task's version when it names a task,
 * else the latest). Only JSON shape and size are checked; the full
 * validation waits for submission.
 */
export async function createDraft(input: DraftInput, caller: Caller): Promise<FormSubmission> {
  return inTransaction(async (trx) => {
    const task = input.taskId ? await formRegistry.forTask(input.taskId, trx) : null
    if (task) await assertTaskHolder(task, caller.user, trx)
    const form = task ?? (await formRegistry.latest(input.formKey, trx))
    if (input.projectId) await assertProjectVisible(input.projectId, caller.access, trx)
    const draft = await FormSubmission.create(
      {
        formKey: form.formKey,
        deploymentId: form.deploymentId,
        schemaChecksum: form.checksum,
        status: 'draft',
        authorId: caller.user.id,
        taskId: task?.taskId ?? null,
        taskDefinitionKey: task?.taskKey ?? null,
        processInstanceId: task?.processInstanceId ?? null,
        projectId: input.projectId ?? null,
        revision: 1,
        value: encodeValue(form.schema, input.value),
      },
      { client: trx }
    )
    await addRevision(draft, caller.user.id, trx)
    await recordAudit(caller.actor, { action: 'form.draft.create', outcome: 'success', targetType: 'form_submission', targetId: draft.id, detail: { formKey: form.formKey } }, trx)
    return draft
  })
}

/** 自动保存: replaces the value of the caller's own draft and keeps the old one as a revision. */
export async function updateDraft(id: number, value: Record<string, unknown>, caller: Caller): Promise<FormSubmission> {
  return inTransaction(async (trx) => {
    const draft = await FormSubmission.query({ client: trx }).where({ id, author_id: caller.user.id, status: 'draft' }).if(trx.dialect.name === 'mysql', (q) => q.forUpdate()).firstOrFail()
    const form = await formRegistry.version(draft.formKey, draft.schemaChecksum, trx)
    draft.merge({ value: encodeValue(form.schema, value), revision: draft.revision + 1 })
    await draft.useTransaction(trx).save()
    await addRevision(draft, caller.user.id, trx)
    await recordAudit(caller.actor, { action: 'form.draft.update', outcome: 'success', targetType: 'form_submission', targetId: draft.id, detail: { revision: draft.revision } }, trx)
    return draft
  })
}
