import db from '@adonisjs/lucid/services/db'
import { redact } from '#forms'
import FormSubmission from '#models/form_submission'
import type User from '#models/user'
import type { Access } from '#services/access/access'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { FormNotFoundError, formInvalid } from '#exceptions/forms'
import { formRegistry, type DeployedForm } from './form_registry.js'
import { assertTaskHolder } from './task_holder.js'
import { assertProjectVisible } from './submission_scope.js'
import { schemaForTask } from './schema_view.js'
import { checkForm } from './form_validation.js'
import { decodeValue } from './stored_value.js'
import { maskValue, sensitivePaths } from './sensitive_fields.js'
import { hiddenInAnyTask, type FieldRules } from './field_permissions.js'
import { engineQueries } from '#services/engine/engine'
import { scopeCases } from '#services/access/case_scope'

/** Who is asking, for reads that depend on the caller. */
export interface Reader {
  user: User
  access: Access
  actor: AuditActor
}

/** `zhian:project-filing/filing` from the two URL segments (the `zhian:` prefix may be left out). */
export function formKeyOf(scope: string, name: string): string {
  return `${scope.startsWith('zhian:') ? scope : `zhian:${scope}`}/${name}`
}

/** The form a request works with: the task's version and rules when a task is named (it must be the caller's), else the latest. */
async function formFor(formKey: string, reader: Reader, taskId?: string): Promise<{ form: DeployedForm; rules: FieldRules }> {
  if (!taskId) return { form: await formRegistry.latest(formKey), rules: {} }
  const task = await formRegistry.forTask(taskId)
  if (task.formKey !== formKey) throw new FormNotFoundError(`任务 ${taskId} 的表单 ${formKey}`)
  await assertTaskHolder(task, reader.user)
  return { form: task, rules: task.rules }
}

/** The schema to render: hidden fields removed and read-only ones marked, for the named task. */
export async function schemaToRender(formKey: string, reader: Reader, taskId?: string) {
  const { form, rules } = await formFor(formKey, reader, taskId)
  return { formKey, deploymentId: form.deploymentId, checksum: form.checksum, schema: schemaForTask(form.schema, rules) }
}

/** Checks data without storing it (the browser's "校验" before submission); throws the 422. */
export async function validateOnly(formKey: string, value: Record<string, unknown>, reader: Reader, taskId?: string): Promise<void> {
  const { form, rules } = await formFor(formKey, reader, taskId)
  const check = await checkForm(form.schema, value, { access: reader.access, rules })
  if (!check.ok) throw formInvalid(check.errors)
}

/**
 * A stored draft or submission as the caller may see it. Outside the
 * caller's data scope it does not exist (404); without a project only its
 * author and the holder of a task of its instance see it. Fields the
 * caller's task hides are removed; a reader naming no task, other than the
 * author, sees nothing any task of the process hides; ID numbers are masked unless the caller holds personal_data:read,
 * and an unmasked read is audited.
 */
export async function readSubmission(id: number, reader: Reader, taskId?: string) {
  const submission = await FormSubmission.findOrFail(id)
  const task = taskId ? await formRegistry.forTask(taskId) : null
  if (task) {
    await assertTaskHolder(task, reader.user)
    if (task.processInstanceId !== submission.processInstanceId) throw new FormNotFoundError(`记录 ${id}`)
  }
  const isAuthor = submission.authorId === reader.user.id
  if (submission.projectId) await assertProjectVisible(submission.projectId, reader.access, db.connection())
  else if (!isAuthor && !task && !(await inVisibleCase(submission.processInstanceId, reader))) throw new FormNotFoundError(`记录 ${id}`)

  const form = await formRegistry.version(submission.formKey, submission.schemaChecksum)
  const rules = task?.rules ?? (isAuthor || !submission.processInstanceId ? {} : await hiddenInInstance(submission.processInstanceId))
  const visible = redact(decodeValue(form.schema, submission.value), rules)
  const unmasked = reader.access.permissions.has('personal_data:read')
  const paths = sensitivePaths(form.schema)
  if (unmasked && paths.size) {
    await recordAudit(reader.actor, { action: 'personal_data.read', outcome: 'success', targetType: 'form_submission', targetId: id, detail: { fields: [...paths] } })
  }
  return {
    ...submission.serialize(),
    value: unmasked ? visible : maskValue(visible, paths),
  }
}

/** A record filed before its project existed is still the case's: whoever may see the case may read it. */
async function inVisibleCase(processInstanceId: string | null, reader: Reader): Promise<boolean> {
  if (!processInstanceId) return false
  return Boolean(await scopeCases(db.from('process_cases').where('process_cases.process_instance_id', processInstanceId), reader.access).select('process_cases.id').first())
}

/** The fields any task of the instance's definition hides (the tasks may be long gone). */
async function hiddenInInstance(processInstanceId: string): Promise<FieldRules> {
  const instance = await engineQueries().instance(processInstanceId)
  return hiddenInAnyTask(instance.definition_id, async () => (await engineQueries().definitionXml(instance.definition_id)).xml)
}
