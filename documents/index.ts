/**
 * The documents room's door: templates → PDF, seals and QR codes (this
 * branch); numbering, signing and verification join it from docs-sign.
 */
export { DocumentError, MissingAssetsError, MissingFieldsError, RenderError, TemplateError } from './errors.js'
export { loadTemplate, compileTemplate } from './templates/template.js'
export type { DocumentTemplate, TemplateManifest } from './templates/template.js'
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
