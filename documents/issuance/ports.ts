import type { SealAppearance, SealRect } from '../signing/sign_pdf.js'

/** What issuance needs to know of a template (its manifest). */
export interface IssuableTemplate {
  readonly key: string
  /** the document type the number counter is kept for, e.g. rectification-notice */
  readonly type: string
  readonly title: string
  /** e.g. 辽建质监〔{year}〕{seq:4}号 */
  readonly numbering: string
  readonly requiredFields: readonly string[]
}

/** What the renderer gets for one document: everything it prints. */
export interface RenderRequest {
  readonly template: IssuableTemplate
  readonly data: Readonly<Record<string, unknown>>
  readonly documentNumber: string
  readonly issuerName: string
  readonly verifyUrl: string
}

/** The rendered, unsigned PDF and where its seal belongs. */
export interface RenderedPdf {
  readonly pdf: Uint8Array
  readonly sealRect?: SealRect
}

/** The organisation's seal as stored: a generated or uploaded SVG, or an uploaded PNG. */
export interface StoredSeal {
  readonly format: 'svg' | 'png'
  readonly content: Buffer
}

/**
 * The rendering side of issuance: docs-render's templates and renderer,
 * or a stand-in in tests. Keeping it a port lets issuance own numbering,
 * signing and storage without knowing how pages are drawn.
 */
export interface DocumentRendering {
  /** the template to issue with: the one deployed with the process instance's definition when there is one */
  template(key: string, processInstanceId?: string): Promise<IssuableTemplate | undefined>
  /** the required fields (paths such as `defects[].clause`) the data lacks */
  missingFields(template: IssuableTemplate, data: Readonly<Record<string, unknown>>): string[]
  render(request: RenderRequest): Promise<RenderedPdf>
  /** the seal SVG generated from an organisation's name, for bodies without a stored seal */
  generatedSealSvg(organizationName: string): string
  /** the seal as the signature widget draws it (an SVG becomes a one-page vector PDF) */
  appearance(seal: StoredSeal): Promise<SealAppearance>
}

/** A template as deployed: its two files, read only when this version is not compiled yet. */
export interface DeployedTemplate {
  /** changes whenever either file does (the resources' checksums); compiled templates are cached by it */
  readonly checksum: string
  files(): Promise<{ readonly source: string; readonly manifest: string }>
}

/**
 * Where the templates deployed with process definitions come from: the
 * version that goes with the instance's definition, or undefined when its
 * deployment carries none of that name (the shipped folder serves it then).
 * The portal reads the engine's deployments; documents/ only asks.
 */
export type DeployedTemplates = (key: string, processInstanceId: string) => Promise<DeployedTemplate | undefined>
