import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import clock from '#services/clock'
import { DocumentDataMissingError, DocumentIssueError, documentRendering, renderDocumentTask } from '#documents'
import { BpmnError, type TopicHandler } from '../topic_handler.js'

/**
 * `document-render` (and the style guide's `document.render`): the
 * documents room does the work (documents/workers/render_document.ts); this
 * adapter gives it the app's clock, renderer and public URL, and turns its
 * business refusals into BPMN errors: DOCUMENT_DATA_MISSING with
 * `missingFields`, or the refusal's own code (an unknown template or issuer).
 */
const documentRender: TopicHandler = async (task) => {
  try {
    const issued = await renderDocumentTask(task, { rendering: documentRendering(), verifyBaseUrl: env.get('APP_URL'), now: clock.now() })
    await noteOnCase(task.processInstanceId, issued.documentNumber, String(task.variables.template ?? ''))
    return issued
  } catch (error) {
    if (error instanceof DocumentDataMissingError) throw new BpmnError(error.code, error.message, { missingFields: [...error.missing] })
    if (error instanceof DocumentIssueError) throw new BpmnError(error.code, error.message)
    throw error
  }
}

export default documentRender

/** The case's timeline shows each issued document once (a retried task gets its document back, not a second row). */
async function noteOnCase(processInstanceId: string, documentNumber: string, template: string): Promise<void> {
  const found = await db.from('process_cases').where('process_instance_id', processInstanceId).select('id').first()
  if (!found) return
  const noted = await db.from('case_actions').where({ case_id: found.id, action: 'document', target: documentNumber }).first()
  if (noted) return
  const title = await db.from('issued_documents').where('document_number', documentNumber).select('title').first()
  await db.table('case_actions').insert({ case_id: found.id, action: 'document', target: documentNumber, task_name: title?.title ?? template, created_at: clock.now() })
}
