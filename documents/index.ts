/**
 * The documents room's door: numbering, the CA and seals, PAdES signing,
 * verification, issuance (number → render → sign → store), the
 * document-render worker and Word/Excel exports.
 */
export { formatDocumentNumber } from './numbering/document_number.js'
export { rotateOrganizationCertificate, revokeCertificate, issueOrganizationCertificate } from './pki/certificate_authority.js'
export { signPdf } from './signing/sign_pdf.js'
export type { SealRect, SealAppearance } from './signing/sign_pdf.js'
export { verifyPdf } from './verification/verify_pdf.js'
export type { PdfVerification } from './verification/verify_pdf.js'
export { issueDocument, verifyUrlOf } from './issuance/issue_document.js'
export type { IssueDocumentInput, IssueDocumentContext } from './issuance/issue_document.js'
export { DocumentIssueError, DocumentDataMissingError } from './issuance/errors.js'
export { storeSeal, activeSeal, sealFormatOf } from './issuance/seals.js'
export {
  findIssuedDocument,
  findIssuedDocumentsByNumber,
  findIssuedDocumentBySha256,
  issuedDocumentPdf,
  issuedDocumentsQuery,
  toIssuedDocument,
} from './issuance/issued_documents.js'
export type { IssuedDocument } from './issuance/issued_documents.js'
export type { DocumentRendering, IssuableTemplate, RenderRequest, RenderedPdf, StoredSeal } from './issuance/ports.js'
export { exportTable } from './exports/export_table.js'
export type { ExportTable, ExportColumn, ExportFormat } from './exports/export_table.js'
export { useDocumentRendering, documentRendering } from './issuance/rendering_registry.js'
export { renderDocumentTask } from './workers/render_document.js'
export type { RenderDocumentTask } from './workers/render_document.js'
export { documentStatus, verifyUpload } from './verification/document_status.js'
export type { DocumentStatus, UploadVerdict } from './verification/document_status.js'
