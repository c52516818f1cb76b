/**
 * The documents room's door: templates → PDF, seals and QR codes; numbering,
 * the CA, PAdES signing, verification, issuance (number → render → sign →
 * store), the document-render worker and Word/Excel exports.
 */
export { DocumentError, MissingAssetsError, MissingFieldsError, MissingSealAnchorError, RenderError, TemplateError, TemplateSyntaxError } from './errors.js'
export { loadTemplate, compileTemplate } from './templates/template.js'
export type { DocumentTemplate, TemplateManifest } from './templates/template.js'
export { manifestProblems } from './templates/manifest.js'
export type { ManifestProblem } from './templates/manifest.js'
export { sourceProblems } from './templates/source_check.js'
export type { SourceProblem } from './templates/source_check.js'
export { housePartialNames } from './templates/handlebars_env.js'
export { TemplateRegistry, templateRegistry } from './templates/registry.js'
export { renderDocument } from './render/render_document.js'
export type { RenderOptions, RenderedDocument } from './render/render_document.js'
export type { AnchorRect } from './render/anchors.js'
export { DocumentRenderer, documentRenderer, closeDocumentRenderer } from './render/renderer.js'
export type { RendererOptions } from './render/renderer.js'
export { documentPhoto } from './render/photos.js'
export { sealSvg } from './seal/seal_svg.js'
export type { SealOptions } from './seal/seal_svg.js'
export { verificationQrSvg } from './qr/verification_qr.js'
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
export type { DeployedTemplate, DeployedTemplates, DocumentRendering, IssuableTemplate, RenderRequest, RenderedPdf, StoredSeal } from './issuance/ports.js'
export { exportTable } from './exports/export_table.js'
export type { ExportTable, ExportColumn, ExportFormat } from './exports/export_table.js'
export { useDocumentRendering, documentRendering } from './issuance/rendering_registry.js'
export { chromiumRendering } from './issuance/chromium_rendering.js'
export type { ChromiumRenderingOptions } from './issuance/chromium_rendering.js'
export { previewDocument } from './preview/preview_document.js'
export type { PreviewInput, PreviewProblem, PreviewResult } from './preview/preview_document.js'
export { renderDocumentTask } from './workers/render_document.js'
export type { RenderDocumentTask } from './workers/render_document.js'
export { documentStatus, verifyUpload } from './verification/document_status.js'
export type { DocumentStatus, UploadVerdict } from './verification/document_status.js'
