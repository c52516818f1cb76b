import db from '@adonisjs/lucid/services/db'
import FormSubmission from '#models/form_submission'
import { FormNotFoundError } from '#exceptions/forms'
import { readSubmission, type Reader } from '#services/forms/form_reads'
import { formRegistry } from '#services/forms/form_registry'
import { casesQuery, isoOf, toCaseRows, type CaseRow } from './case_query.js'
import { openTasksOf, type OpenTask } from './held_tasks.js'
import { roleCodesOf } from '#services/definitions/startable_definitions'
import { listDocuments, type DocumentItem } from './visible_documents.js'

/** One entry of a case's timeline. */
export interface TimelineEntry {
  id: number
  action: string
  taskName: string | null
  userName: string | null
  target: string | null
  comment: string | null
  createdAt: string
}

/** The latest submitted form data of the case, as the viewer may see it. */
export interface CaseSubmission {
  formKey: string
  title: string
  schema: Record<string, unknown>
  value: Record<string, unknown>
  submittedAt: string | null
}

export interface CaseDetail {
  case: CaseRow & { startedByName: string | null }
  timeline: TimelineEntry[]
  pending: OpenTask[]
  submission: CaseSubmission | null
  documents: DocumentItem[]
}

async function timelineOf(caseId: number): Promise<TimelineEntry[]> {
  const rows = await db
    .from('case_actions')
    .leftJoin('users', 'users.id', 'case_actions.user_id')
    .where('case_actions.case_id', caseId)
    .orderBy('case_actions.id')
    .select('case_actions.*', 'users.full_name as user_name')
  return rows.map((row) => ({
    id: Number(row.id),
    action: row.action,
    taskName: row.task_name ?? null,
    userName: row.user_name ?? null,
    target: row.target ?? null,
    comment: row.comment ?? null,
    createdAt: isoOf(row.created_at),
  }))
}

/**
 * The latest submission of the instance, redacted and masked as the forms
 * API would hand it to this reader (ID numbers only with personal_data:read);
 * one the reader may not see is left out.
 */
async function latestSubmission(processInstanceId: string, reader: Reader): Promise<CaseSubmission | null> {
  const latest = await FormSubmission.query().where('processInstanceId', processInstanceId).where('status', 'submitted').orderBy('id', 'desc').first()
  if (!latest) return null
  try {
    const read = await readSubmission(latest.id, reader)
    const form = await formRegistry.version(latest.formKey, latest.schemaChecksum)
    const title = typeof form.schema.title === 'string' ? form.schema.title : latest.formKey
    return { formKey: latest.formKey, title, schema: form.schema as Record<string, unknown>, value: read.value as Record<string, unknown>, submittedAt: latest.submittedAt?.toISO() ?? null }
  } catch (error) {
    if (error instanceof FormNotFoundError) return null
    throw error
  }
}

/** Everything the case page shows; a case outside the reader's scope does not exist (404). */
export async function caseDetail(caseId: number, reader: Reader): Promise<CaseDetail> {
  const found = await casesQuery(reader.access, {}).where('process_cases.id', caseId).select('process_cases.started_by').firstOrFail()
  const [row] = await toCaseRows(casesQuery(reader.access, {}).where('process_cases.id', caseId))
  const starter = await db.from('users').where('id', found.started_by).select('full_name').first()
  const viewer = { username: reader.user.username, roleCodes: await roleCodesOf(reader.user.id) }
  return {
    case: { ...row, startedByName: starter?.full_name ?? null },
    timeline: await timelineOf(caseId),
    pending: await openTasksOf([row.processInstanceId], viewer),
    submission: await latestSubmission(row.processInstanceId, reader),
    documents: (await listDocuments(reader.access, { page: 1, perPage: 100, processInstanceId: row.processInstanceId })).data,
  }
}
