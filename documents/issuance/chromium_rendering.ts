import { createHash } from 'node:crypto'
import { renderDocument } from '../render/render_document.js'
import { documentRenderer } from '../render/renderer.js'
import { sealPage } from '../seal/seal_page.js'
import { sealSvg } from '../seal/seal_svg.js'
import { missingFields } from '../templates/required_fields.js'
import { TemplateRegistry } from '../templates/registry.js'
import type { DocumentTemplate } from '../templates/template.js'
import type { DocumentRendering, IssuableTemplate } from './ports.js'


/**
 * Issuance's renderer in the application: the templates of a folder (read
 * once), docs-render's Chromium renderer, its generated seal SVG, and the
 * seal printed to a one-page PDF for the signature appearance. The page
 * itself carries no seal (`sealSvg` is not passed): the signature widget at
 * the template's seal anchor shows it, as e-seal products do.
 */
export function chromiumRendering(templatesDir: string): DocumentRendering {
  const registry = new TemplateRegistry()
  let loaded: Promise<unknown> | undefined
  const templates = new Map<string, DocumentTemplate>()
  const sealPdfs = new Map<string, Promise<Uint8Array>>()

  async function find(key: string): Promise<DocumentTemplate | undefined> {
    loaded ??= registry.loadFolder(templatesDir)
    await loaded
    if (!registry.has(key)) return undefined
    const template = registry.get(key)
    templates.set(key, template)
    return template
  }

  return {
    async template(key) {
      const template = await find(key)
      if (!template) return undefined
      const { type, title, numbering, requiredFields } = template.manifest
      return { key, type, title, numbering, requiredFields } satisfies IssuableTemplate
    },
    missingFields(template, data) {
      return missingFields(data, template.requiredFields)
    },
    async render(request) {
      const template = templates.get(request.template.key) ?? (await find(request.template.key))!
      const rendered = await renderDocument(template, request.data, {
        documentNumber: request.documentNumber,
        issuer: { name: request.issuerName },
        verifyUrl: request.verifyUrl,
      })
      return { pdf: rendered.pdf, sealRect: rendered.sealRect }
    },
    generatedSealSvg(organizationName) {
      return sealSvg({ orgName: organizationName })
    },
    async appearance(seal) {
      if (seal.format === 'png') return { png: seal.content }
      // one print per seal, not per document: a seal changes when it is replaced, and then its hash does
      const key = createHash('sha256').update(seal.content).digest('hex')
      let pdf = sealPdfs.get(key)
      if (!pdf) {
        pdf = documentRenderer().render(sealPage(seal.content.toString('utf8'))).then((rendered) => rendered.pdf)
        pdf.catch(() => sealPdfs.delete(key))
        if (sealPdfs.size >= 500) sealPdfs.delete(sealPdfs.keys().next().value!)
        sealPdfs.set(key, pdf)
      }
      return { pdf: await pdf }
    },
  }
}
