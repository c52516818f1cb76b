import db from '@adonisjs/lucid/services/db'
import clock from '#services/clock'
import type { Reader } from '#services/forms/form_reads'
import { readSubmission, schemaToRender } from '#services/forms/form_reads'
import { formRegistry } from '#services/forms/form_registry'
import { engineQueries } from '#services/engine/engine'
import { findCaseTask, type CaseTask } from './case_task.js'
import { holderOf, holds, isCandidate, type Holder } from './task_holders.js'
import { declaredActions } from './declared_actions.js'
import { reminderDue, sqlDate } from './inbox_list.js'
import { uploadLeaves } from '#services/forms/form_validation'
import type { SchemaNode } from '#services/forms/schema_walk'
import { openMeeting, signInLink, signInsOf } from '#services/cases/briefing_sign_in'
import { caseHistory, type CaseHistory } from './case_history.js'

/** A form as the page shows it: its schema (hidden fields removed, read-only ones marked) and values. */
export interface ShownForm {
  formKey: string
  schema: Record<string, unknown>
  value: Record<string, unknown> | null
}

/** Everything the task page shows, for the caller. */
export interface TaskView {
  task: { id: string; name: string | null; taskKey: string; assignee: string | null; owner: string | null; delegationState: string | null; createdAt: string; dueAt: string | null; overdue: boolean; followUpAt: string | null; remind: boolean; suspended: boolean }
  case: { id: number; caseNo: string; title: string; definitionKey: string; applicant: string | null; handler: string | null; project: { id: number; name: string; code: string } | null }
  actions: string[]
  /** 扫码签到 of a meeting step, for whoever holds it: the signed link, its QR code and who signed in */
  signIn: { url: string; qrSvg: string; attendees: { name: string; organizationName: string; position: string; signedAt: string }[] } | null
  startForm: ShownForm | null
  taskForm: ShownForm | null
  attachments: { id: string; name: string; mime: string; size: number }[]
  diagram: { xml: string; current: string[]; completed: string[] }
  history: CaseHistory
}

/** What the caller may do now: the step's declared actions if he holds the task, claim/unclaim/resolve by its state. */
async function availableActions(found: CaseTask, holder: Holder): Promise<string[]> {
  const { task } = found
  if (task.delegation_state === 'PENDING') return task.assignee === holder.username ? ['resolve'] : []
  if (!holds(task, holder)) return []
  const declared = await declaredActions(task.process_definition_id, task.task_definition_key, async () => (await engineQueries().definitionXml(task.process_definition_id)).xml)
  const state = !task.assignee ? ['claim'] : isCandidate(task, holder) ? ['unclaim'] : []
  return [...declared, ...state]
}

/** The latest submitted record of a form in the instance, as the reader may see it; none readable is null. */
async function latestForm(instanceId: string, formKey: string, reader: Reader, taskId?: string): Promise<ShownForm | null> {
  const row = await db.from('form_submissions').where({ process_instance_id: instanceId, form_key: formKey, status: 'submitted' }).orderBy('id', 'desc').select('id', 'schema_checksum').first()
  if (!row) return null
  try {
    const record = await readSubmission(row.id, reader, taskId)
    const form = await formRegistry.version(formKey, row.schema_checksum)
    return { formKey, schema: form.schema as Record<string, unknown>, value: record.value as Record<string, unknown> }
  } catch {
    // outside the reader's view of the record (no project, not the author): the page shows the case without it
    return null
  }
}

async function caseHeader(found: CaseTask): Promise<TaskView['case']> {
  const { caseRow } = found
  const organizations = await db.from('organizations').whereIn('id', [caseRow.applicant_organization_id, caseRow.handling_organization_id ?? 0]).select('id', 'name')
  const nameOf = (id: number | null) => organizations.find((o) => o.id === id)?.name ?? null
  const project = caseRow.project_id ? await db.from('projects').where('id', caseRow.project_id).select('id', 'name', 'code').first() : null
  return { id: caseRow.id, caseNo: caseRow.case_no, title: caseRow.title, definitionKey: caseRow.definition_key, applicant: nameOf(caseRow.applicant_organization_id), handler: nameOf(caseRow.handling_organization_id), project: project ?? null }
}

async function diagramOf(found: CaseTask): Promise<TaskView['diagram']> {
  const instanceId = found.task.process_instance_id
  const { xml } = await engineQueries().definitionXml(found.task.process_definition_id)
  const open = await db.from('engine_tasks').where('process_instance_id', instanceId).distinct('task_definition_key')
  const done = await db.from('engine_hist_activities').where({ process_instance_id: instanceId, canceled: false }).whereNotNull('ended_at').distinct('activity_id')
  return { xml, current: open.map((r) => r.task_definition_key), completed: done.map((r) => r.activity_id) }
}

/** The task page: 404 unless the caller may see the case; actions only for whoever holds the task. */
export async function taskView(taskId: string, reader: Reader): Promise<TaskView> {
  const found = await findCaseTask(taskId, reader.access, db.connection())
  const { task } = found
  const holder = await holderOf(reader.user)
  const actions = await availableActions(found, holder)
  const holding = actions.length > 0 && holds(task, holder)

  const first = await db.from('form_submissions').where({ process_instance_id: task.process_instance_id, status: 'submitted' }).orderBy('id', 'asc').select('form_key').first()
  const startForm = first && first.form_key !== task.form_key ? await latestForm(task.process_instance_id, first.form_key, reader) : null
  let taskForm: ShownForm | null = null
  if (task.form_key && holding) {
    const rendered = await schemaToRender(task.form_key, reader, taskId)
    const previous = await latestForm(task.process_instance_id, task.form_key, reader, taskId)
    taskForm = { formKey: task.form_key, schema: rendered.schema as Record<string, unknown>, value: previous?.value ?? null }
  } else if (task.form_key && !startForm) {
    taskForm = await latestForm(task.process_instance_id, task.form_key, reader)
  }

  // the attachments the schemas declare, as validation and the case's upload links read them
  const ids = new Set([startForm, taskForm].flatMap((shown) => (shown?.value ? uploadLeaves(shown.schema as SchemaNode, shown.value).map((leaf) => leaf.id) : [])))
  const attachments = ids.size ? await db.from('uploads').whereIn('id', [...ids]).select('id', 'name', 'mime', 'size').orderBy('created_at') : []
  const now = clock.now().getTime()
  const meeting = holding ? await openMeeting(found.caseRow.id) : null
  const signIn = meeting && meeting.taskId === task.id ? { ...signInLink(found.caseRow.id), attendees: await attendeesOf(found.caseRow.id) } : null
  return {
    task: { id: task.id, name: task.name, taskKey: task.task_definition_key, assignee: task.assignee, owner: task.owner, delegationState: task.delegation_state, createdAt: new Date(task.created_at).toISOString(), dueAt: task.due_at === null ? null : new Date(task.due_at).toISOString(), overdue: task.due_at !== null && task.due_at < now, followUpAt: task.follow_up_at === null ? null : new Date(task.follow_up_at).toISOString(), remind: reminderDue(task.follow_up_at, task.due_at, now), suspended: task.suspended },
    case: await caseHeader(found),
    actions,
    signIn,
    startForm,
    taskForm,
    attachments: attachments.map((a) => ({ ...a, size: Number(a.size) })),
    diagram: await diagramOf(found),
    history: await caseHistory(found.caseRow.id, task.process_instance_id),
  }
}


async function attendeesOf(caseId: number) {
  return (await signInsOf(caseId)).map((row) => ({ name: row.name, organizationName: row.organizationName, position: row.position, signedAt: sqlDate(row.signedAt) ?? '' }))
}
