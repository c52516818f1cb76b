import { MissingAssetsError, MissingSealAnchorError } from '../errors.js'
import { ASSET_BASE_URL, cssString } from '../templates/helpers.js'
import { verificationQrSvg } from '../qr/verification_qr.js'
import type { DocumentTemplate } from '../templates/template.js'
import { takeAnchors, type AnchorRect } from './anchors.js'
import { assetResources } from './photos.js'
import { documentRenderer, type DocumentRenderer } from './renderer.js'

/** What the issuing side decides, as opposed to the case data the template fills in. */
export interface RenderOptions {
  /** the allocated 文号, printed under the masthead and in the running header */
  readonly documentNumber: string
  /** 发文机关: its name heads and signs the document; `sealSvg` prints the seal in the page (omit it when the signature appearance carries the seal) */
  readonly issuer: { readonly name: string; readonly sealSvg?: string }
  /** encoded in the QR code beside the 落款 */
  readonly verifyUrl: string
  /** photos by the names the data uses (`photos[].file`): JPEG, PNG or WebP */
  readonly assets?: Readonly<Record<string, Uint8Array>>
  /** previews: printed large and faint across every page, e.g. 预览 */
  readonly mark?: string
  /** previews: printed in place of every photo the data names but `assets` lacks */
  readonly stubAsset?: Uint8Array
  /** defaults to the process-wide renderer */
  readonly renderer?: DocumentRenderer
}

/** A rendered, unsigned document. */
export interface RenderedDocument {
  readonly pdf: Buffer
  /** where the seal box landed (PDF points, zero-based page); the anchor link itself is gone from the PDF */
  readonly sealRect?: AnchorRect
  readonly html: string
  /** requests Chromium was refused (an unknown photo name, file://, another host) */
  readonly blocked: readonly string[]
}

/**
 * Fills the template (MissingFieldsError if data is missing) and prints it.
 * When the manifest has a seal anchor, its rectangle is returned as sealRect
 * for the signature widget and its link annotation is removed.
 */
export async function renderDocument(template: DocumentTemplate, data: Readonly<Record<string, unknown>>, options: RenderOptions): Promise<RenderedDocument> {
  const html = template.html(data, {
    documentNumber: options.documentNumber,
    issuer: { name: options.issuer.name },
    sealSvg: options.issuer.sealSvg ?? '',
    verifyUrl: options.verifyUrl,
    qrSvg: verificationQrSvg(options.verifyUrl),
    template: { type: template.manifest.type, title: template.manifest.title },
  })
  const missing = referencedAssets(html).filter((name) => !Object.hasOwn(options.assets ?? {}, name))
  const stub = options.stubAsset
  if (missing.length > 0 && !stub) throw new MissingAssetsError(template.name, missing)
  const assets = await assetResources({ ...Object.fromEntries(missing.map((name) => [name, stub!])), ...options.assets })
  const printed = await (options.renderer ?? documentRenderer()).render(options.mark ? withMark(html, options.mark) : html, assets)
  const { pdf, anchors } = await takeAnchors(printed.pdf)
  const sealRect = anchors.get('seal')
  if (template.manifest.seal.anchor && !sealRect) throw new MissingSealAnchorError(`文书模板 ${template.name} 声明了印章位置，但 PDF 中没有找到（模板中应有 {{> signature-block}}）`)
  return { pdf, sealRect, html, blocked: printed.blocked }
}

/**
 * A faint diagonal word across every page (a fixed element repeats on each
 * printed page in Chromium) and the same word small in the top-left margin
 * box, where text extraction finds it in one piece. The diagonal copy also
 * loads its glyphs: margin-box text alone does not.
 */
function withMark(html: string, mark: string): string {
  const text = mark.replace(/[&<>"']/g, (ch) => `&#${ch.codePointAt(0)};`)
  const marks =
    `<style>@page { @top-left { content: ${cssString(mark)}; font-family: "Noto Sans SC", sans-serif; font-weight: 700; font-size: 12pt; color: #d7000f; } }</style>` +
    `<div aria-hidden="true" style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center;z-index:10;pointer-events:none"><div style="transform:rotate(-35deg);font-family:'Noto Sans SC',sans-serif;font-weight:700;font-size:84pt;letter-spacing:.3em;color:rgba(215,0,15,.16);white-space:nowrap">${text}</div></div>`
  const end = html.lastIndexOf('</body>')
  return end < 0 ? html + marks : html.slice(0, end) + marks + html.slice(end)
}

/**
 * The asset names the HTML points at (through the assetUrl helper). Checked
 * before printing: a missing photo would otherwise print as Chrome's
 * broken-image icon in an official document.
 */
function referencedAssets(html: string): string[] {
  const names = new Set<string>()
  const escaped = ASSET_BASE_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  for (const match of html.matchAll(new RegExp(`${escaped}([^"'\\s)<>]*)`, 'g'))) {
    try {
      names.add(decodeURIComponent(match[1]))
    } catch {
      names.add(match[1])
    }
  }
  return [...names]
}
