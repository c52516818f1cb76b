import sharp from 'sharp'
import { MissingFieldsError, MissingSealAnchorError, TemplateError } from '../errors.js'
import { formatDocumentNumber, yearInChina } from '../numbering/document_number.js'
import { renderDocument } from '../render/render_document.js'
import { sealSvg } from '../seal/seal_svg.js'
import { manifestProblems } from '../templates/manifest.js'
import { missingFields } from '../templates/required_fields.js'
import { sourceProblems } from '../templates/source_check.js'
import { compileTemplate, type TemplateManifest } from '../templates/template.js'

/** A template being written: its source, manifest and sample data as the editor holds them. */
export interface PreviewInput {
  readonly source: string
  readonly manifest: unknown
  readonly sample: unknown
  /** the caller's organisation: it heads the document and its generated seal sits at the anchor */
  readonly issuerName: string
  readonly now: Date
}

/** What keeps a preview from printing: `source`, `manifest.<field>` or `sample.<path>`, and why. */
export interface PreviewProblem {
  readonly path: string
  readonly message: string
}

/** The PDF, or everything that keeps it from printing. */
export type PreviewResult = { readonly pdf: Buffer; readonly problems?: undefined } | { readonly pdf?: undefined; readonly problems: readonly PreviewProblem[] }

/** Printed across every page: a preview is never mistaken for an issued document. */
const MARK = '预览 无效'
/** The QR code of a preview leads nowhere. */
const PREVIEW_URL = 'https://preview.invalid/'

let stubPhoto: Promise<Buffer> | undefined
/** A plain grey 4:3 picture standing in for the sample's photos, which an editor does not have. */
const placeholderPhoto = () => (stubPhoto ??= sharp({ create: { width: 320, height: 240, channels: 3, background: '#d9d9d9' } }).png().toBuffer())

/**
 * Renders a template with its sample data as the issuing side would, with
 * the manifest's 文号 pattern at sequence 0, the caller's generated seal at
 * the seal anchor and a 预览 mark on every page; nothing is numbered, signed
 * or stored. Everything wrong comes back at once, each at its path; the
 * pooled Chromium makes it quick enough to follow typing.
 */
export async function previewDocument(input: PreviewInput): Promise<PreviewResult> {
  const problems = [
    ...sourceProblems(input.source).map((p) => ({ path: 'source', message: `第 ${p.line} 行第 ${p.column} 列：${p.detail}` })),
    ...manifestProblems(input.manifest).map((p) => ({ path: p.field ? `manifest.${p.field}` : 'manifest', message: p.message })),
  ]
  const sample = input.sample
  if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) problems.push({ path: 'sample', message: '示例数据应为 JSON 对象' })
  if (problems.length > 0) return { problems }

  const manifest = input.manifest as TemplateManifest
  const data = sample as Record<string, unknown>
  const empty = missingFields(data, manifest.requiredFields)
  if (empty.length > 0) return { problems: empty.map((path) => ({ path: `sample.${path}`, message: '必填字段在示例数据中没有值' })) }

  const template = compileTemplate('preview', input.source, manifest)
  try {
    const rendered = await renderDocument(template, data, {
      documentNumber: formatDocumentNumber(manifest.numbering, { year: yearInChina(input.now), seq: 0 }),
      issuer: { name: input.issuerName, sealSvg: sealSvg({ orgName: input.issuerName }) },
      verifyUrl: PREVIEW_URL,
      mark: MARK,
      stubAsset: await placeholderPhoto(),
    })
    return { pdf: rendered.pdf }
  } catch (error) {
    if (error instanceof MissingFieldsError) return { problems: error.fields.map((path) => ({ path: `sample.${path}`, message: '模板用到了这个字段，示例数据中没有' })) }
    if (error instanceof MissingSealAnchorError) return { problems: [{ path: 'manifest.seal.anchor', message: '已开启印章位置，但模板中没有 {{> signature-block}}（落款与印章）' }] }
    // a helper refusing a sample value (a date that is no date, an amount that is no number)
    if (error instanceof TemplateError) return { problems: [{ path: 'sample', message: `用示例数据填充模板失败：${error.message.replace(/^.*?填充失败：(\w*Error: )?/, '')}` }] }
    throw error
  }
}
