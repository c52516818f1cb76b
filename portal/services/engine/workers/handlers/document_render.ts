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
    return await renderDocumentTask(task, { rendering: documentRendering(), verifyBaseUrl: env.get('APP_URL'), now: clock.now() })
  } catch (error) {
    if (error instanceof DocumentDataMissingError) throw new BpmnError(error.code, error.message, { missingFields: [...error.missing] })
    if (error instanceof DocumentIssueError) throw new BpmnError(error.code, error.message)
    throw error
  }
}

export default documentRender
