import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import clock from '#services/clock'
import FormSubmission from '#models/form_submission'
import type { DeployedForm } from '#services/forms/form_registry'
import { uploadLeaves } from '#services/forms/form_validation'
import { encodeValue } from '#services/forms/stored_value'
import { attachUploads } from '#services/uploads/visible_uploads'
import { addRevision } from './save_draft.js'

/** A checked form value and where it was filed: a case's start (no task) or a task. */
export interface SubmittedValue {
  form: DeployedForm
  /** the value as validation returned it (cleaned, previous values kept) */
  value: Record<string, unknown>
  /** the author's draft of this form it came from, if any: it becomes the submission */
  draftId?: number
  taskId: string | null
  taskKey: string | null
  processInstanceId: string
  projectId: number | null
}

/**
 * Stores a validated submission inside the caller's transaction: the draft it
 * came from turns into it (or a new row), a revision is kept, and the uploads
 * it carries are recorded so that whoever may see its case may open them.
 */
export async function storeSubmitted(input: SubmittedValue, authorId: number, trx: TransactionClientContract): Promise<FormSubmission> {
  const draft = input.draftId ? await FormSubmission.query({ client: trx }).where({ id: input.draftId, author_id: authorId, status: 'draft', form_key: input.form.formKey }).first() : null
  const submission = draft ?? new FormSubmission()
  submission.merge({
    formKey: input.form.formKey,
    deploymentId: input.form.deploymentId,
    schemaChecksum: input.form.checksum,
    status: 'submitted',
    authorId,
    taskId: input.taskId,
    taskDefinitionKey: input.taskKey,
    processInstanceId: input.processInstanceId,
    projectId: input.projectId,
    revision: draft ? draft.revision + 1 : 1,
    value: encodeValue(input.form.schema, input.value),
    submittedAt: DateTime.fromJSDate(clock.now()),
  })
  await submission.useTransaction(trx).save()
  await addRevision(submission, authorId, trx)
  await attachUploads(submission.id, uploadLeaves(input.form.schema, input.value).map((leaf) => leaf.id), trx)
  return submission
}
