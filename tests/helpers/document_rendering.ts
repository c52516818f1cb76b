import { PDFDocument, rgb } from 'pdf-lib'
import type { DocumentRendering, IssuableTemplate } from '#documents'

/** A template manifest for tests; `type` may be made unique so a test owns its counter. */
export function testTemplate(overrides: Partial<IssuableTemplate> = {}): IssuableTemplate {
  return {
    key: 'rectification-notice',
    type: 'rectification-notice',
    title: '整改通知书',
    numbering: '辽建质监〔{year}〕{seq:3}号',
    requiredFields: ['projectName', 'deadline'],
    ...overrides,
  }
}

/**
 * A stand-in renderer over pdf-lib (real PDF bytes, ASCII text only) for
 * tests of numbering, signing and storage; `fail` makes the next renders
 * throw, as a crashed browser would.
 */
export function pdfLibRendering(templates: IssuableTemplate[] = [testTemplate()]) {
  const state = { renders: 0, failNext: 0 }
  const rendering: DocumentRendering = {
    async template(key) {
      return templates.find((t) => t.key === key)
    },
    missingFields(template, data) {
      return template.requiredFields.filter((field) => data[field] === undefined || data[field] === null || String(data[field]).trim() === '')
    },
    async render(request) {
      state.renders += 1
      if (state.failNext > 0) {
        state.failNext -= 1
        throw new Error('renderer crashed')
      }
      const doc = await PDFDocument.create()
      const page = doc.addPage([595.28, 841.89])
      page.drawText(`No. ${request.documentNumber.replace(/[^\x20-\x7e]/g, '?')}`, { x: 72, y: 760, size: 14 })
      page.drawText(request.verifyUrl, { x: 72, y: 120, size: 8 })
      return { pdf: await doc.save(), sealRect: { page: 0, x: 340, y: 200, width: 119, height: 119 } }
    },
    generatedSealSvg(name) {
      return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 42 42"><circle cx="21" cy="21" r="20" fill="none" stroke="red"/><text>${name}</text></svg>`
    },
    async appearance() {
      const doc = await PDFDocument.create()
      doc.addPage([119, 119]).drawCircle({ x: 59.5, y: 59.5, size: 56, borderColor: rgb(0.85, 0, 0), borderWidth: 4 })
      return { pdf: await doc.save() }
    },
  }
  return { rendering, state }
}
