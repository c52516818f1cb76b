import db from '@adonisjs/lucid/services/db'
import { issueDocument, type IssueDocumentContext } from '../issuance/issue_document.js'
import { DocumentDataMissingError } from '../issuance/errors.js'

/** What the worker sees of an external task on `document-render` (plain data, no client). */
export interface RenderDocumentTask {
  readonly id: string
  readonly processInstanceId: string
  readonly businessKey: string | null
  readonly variables: Readonly<Record<string, unknown>>
}

/** Variables that steer the worker and are not document data. */
const CONTROL = new Set(['template', 'issuerOrgId'])

const idOf = (value: unknown) => {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined
}

/** `issuerOrgId`, else the quality station of the process's project (`projectId`). */
async function issuerOf(variables: Readonly<Record<string, unknown>>): Promise<number | undefined> {
  const explicit = idOf(variables.issuerOrgId)
  if (explicit) return explicit
  const projectId = idOf(variables.projectId)
  if (!projectId) return undefined
  const project = await db.from('projects').where('id', projectId).select('quality_station_id').first()
  return project?.quality_station_id ?? undefined
}

/**
 * `document-render`: renders, numbers, signs and stores the document named
 * by the task's `template` input from the process variables (`issueDate`
 * defaulting to the day of issue in Beijing), attached to its process
 * instance, and completes with `documentId` and `documentNumber`. Missing
 * data is DocumentDataMissingError (the host turns it into BPMN error
 * DOCUMENT_DATA_MISSING). A retried task whose document was already stored
 * gets that document back, not a second number.
 */
export async function renderDocumentTask(task: RenderDocumentTask, context: IssueDocumentContext): Promise<{ documentId: string; documentNumber: string }> {
  const template = typeof task.variables.template === 'string' ? task.variables.template.trim() : ''
  const issuerOrgId = await issuerOf(task.variables)
  const missing = [...(template ? [] : ['template']), ...(issuerOrgId ? [] : ['issuerOrgId'])]
  if (missing.length > 0) throw new DocumentDataMissingError(missing)

  const data = Object.fromEntries(Object.entries(task.variables).filter(([name]) => !CONTROL.has(name)))
  // the 成文日期 the 落款 prints: the day of issue unless the process decided another
  data.issueDate ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(context.now)
  const document = await issueDocument(
    { templateKey: template, data, issuerOrgId: issuerOrgId!, processInstanceId: task.processInstanceId, projectId: idOf(task.variables.projectId), sourceTaskId: task.id },
    context
  )
  return { documentId: document.id, documentNumber: document.documentNumber }
}
