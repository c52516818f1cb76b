import db from '@adonisjs/lucid/services/db'
import clock from '#services/clock'
import { issueDocument, issuedDocumentPdf, type IssuedDocument } from '#documents'
import { pdfLibRendering } from './document_rendering.js'

/** Issues a 整改通知书 as the named body (stand-in renderer), returning the record and its signed PDF. */
export async function issueAs(organizationName: string, projectId?: number): Promise<{ document: IssuedDocument; pdf: Buffer }> {
  const issuer = await db.from('organizations').where('name', organizationName).firstOrFail()
  const document = await issueDocument(
    { templateKey: 'rectification-notice', data: { projectName: '长白岛滨河住宅小区一期工程', deadline: '2026-07-01' }, issuerOrgId: issuer.id, projectId },
    { rendering: pdfLibRendering().rendering, verifyBaseUrl: 'http://localhost', now: clock.now() }
  )
  return { document, pdf: (await issuedDocumentPdf(document.id))! }
}
