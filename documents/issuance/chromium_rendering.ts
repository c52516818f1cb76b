import { createHash } from 'node:crypto'
import { TemplateError } from '../errors.js'
import { renderDocument } from '../render/render_document.js'
import { documentRenderer } from '../render/renderer.js'
import { sealPage } from '../seal/seal_page.js'
import { sealSvg } from '../seal/seal_svg.js'
import { parseManifest } from '../templates/manifest.js'
import { missingFields } from '../templates/required_fields.js'
import { TemplateRegistry } from '../templates/registry.js'
import { compileTemplate, type DocumentTemplate } from '../templates/template.js'
import type { DeployedTemplate, DeployedTemplates, DocumentRendering, IssuableTemplate } from './ports.js'

/** Compiled deployed versions kept; a version is a few kB of closures, and few are in use at once. */
const COMPILED_LIMIT = 200

/** Where issuance's templates come from besides the shipped folder. */
export interface ChromiumRenderingOptions {
  /** the templates deployed with process definitions; without it every template comes from the folder */
  readonly deployed?: DeployedTemplates
}

/**
 * Issuance's renderer in the application: a document of a process instance
 * prints with the template deployed with that instance's definition (a
 * running v1 instance keeps v1's template after v2 is deployed), any other
 * with the templates of a folder (read once); docs-render's Chromium
 * renderer; its generated seal SVG; and the seal printed to a one-page PDF
 * for the signature appearance. The page itself carries no seal (`sealSvg`
 * is not passed): the signature widget at the template's seal anchor shows
 * it, as e-seal products do.
 */
export function chromiumRendering(templatesDir: string, options: ChromiumRenderingOptions = {}): DocumentRendering {
  const registry = new TemplateRegistry()
  let loaded: Promise<unknown> | undefined
  // deployed bytes never change, so neither does what they compile to: one compile per version
  const compiled = new Map<string, Promise<DocumentTemplate>>()
  // render() prints the very version template() chose, even if a deployment lands in between
  const chosen = new WeakMap<IssuableTemplate, DocumentTemplate>()
  const sealPdfs = new Map<string, Promise<Uint8Array>>()

  async function shipped(key: string): Promise<DocumentTemplate | undefined> {
    loaded ??= registry.loadFolder(templatesDir)
    await loaded
    return registry.has(key) ? registry.get(key) : undefined
  }

  function compile(key: string, deployed: DeployedTemplate): Promise<DocumentTemplate> {
    const cacheKey = `${key}:${deployed.checksum}`
    let template = compiled.get(cacheKey)
    if (!template) {
      template = deployed.files().then((files) => compileTemplate(key, files.source, parseManifest(key, files.manifest)))
      template.catch(() => compiled.delete(cacheKey))
      if (compiled.size >= COMPILED_LIMIT) compiled.delete(compiled.keys().next().value!)
      compiled.set(cacheKey, template)
    }
    return template
  }

  async function find(key: string, processInstanceId?: string): Promise<DocumentTemplate | undefined> {
    const deployed = processInstanceId && options.deployed ? await options.deployed(key, processInstanceId) : undefined
    return deployed ? compile(key, deployed) : shipped(key)
  }

  return {
    async template(key, processInstanceId) {
      const template = await find(key, processInstanceId)
      if (!template) return undefined
      const { type, title, numbering, requiredFields } = template.manifest
      const issuable: IssuableTemplate = { key, type, title, numbering, requiredFields }
      chosen.set(issuable, template)
      return issuable
    },
    missingFields(template, data) {
      return missingFields(data, template.requiredFields)
    },
    async render(request) {
      const template = chosen.get(request.template) ?? (await shipped(request.template.key))
      if (!template) throw new TemplateError(`没有名为 ${request.template.key} 的文书模板`)
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
