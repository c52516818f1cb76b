import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import { documentRendering, issueDocument, issuedDocumentPdf, verifyPdf } from '#documents'
import { flipByte, poppler } from '#tests/helpers/pdf'
import clock from '#services/clock'

const STATION = '沈阳市和平区建设工程质量监督站'

/** The shipped 整改通知书 sample, without photos (issuance passes no assets). */
async function sampleData() {
  const path = app.makePath('definitions/official-documents/documents/rectification-notice.sample.json')
  return { ...JSON.parse(await readFile(path, 'utf8')), photos: [] }
}

test.group('issuing a real rendered document (Chromium, PAdES, seal appearance)', (group) => {
  group.each.setup(async () => {
    await db.beginGlobalTransaction()
    return () => db.rollbackGlobalTransaction()
  })

  test('[5.2.2-08-09] the 整改通知书 is numbered, sealed in its signature widget and valid for pdfsig and verifyPdf', async ({ assert }) => {
    const issuer = await db.from('organizations').where('name', STATION).firstOrFail()

    const document = await issueDocument(
      { templateKey: 'rectification-notice', data: await sampleData(), issuerOrgId: issuer.id },
      { rendering: documentRendering(), verifyBaseUrl: 'https://zhian.example.cn', now: clock.now() }
    )

    const pdf = (await issuedDocumentPdf(document.id))!
    assert.match(document.documentNumber, /^沈和质监整改〔\d{4}〕\d+号$/)
    const text = (await poppler('pdftotext', pdf)).stdout
    assert.include(text.replace(/\s/g, ''), document.documentNumber)
    const sig = (await poppler('pdfsig', pdf)).stdout
    assert.include(sig, 'Signature Validation: Signature is Valid.')
    assert.include(sig, 'Total document signed')
    assert.include(sig, STATION)
    // the widget's appearance draws the seal PDF through a Multiply blend
    assert.match(pdf.toString('latin1'), /\/BM \/Multiply/)
    assert.isTrue((await verifyPdf(pdf)).isValid)

    const byteRange = Number(/\/ByteRange \[0 (\d+)/.exec(pdf.toString('latin1'))![1])
    const tampered = flipByte(pdf, Math.floor(byteRange / 2))
    assert.notInclude((await poppler('pdfsig', tampered)).stdout, 'Signature is Valid.')
    assert.isFalse((await verifyPdf(tampered)).isValid)
  }).timeout(60_000)

  test('missing template data is refused with every missing path, before a number is taken', async ({ assert }) => {
    const issuer = await db.from('organizations').where('name', STATION).firstOrFail()
    const { deadline, ...data } = await sampleData()
    const counters = () => db.from('document_number_counters').where('organization_id', issuer.id).sum('last_seq as total').first()
    const before = await counters()

    const error = await issueDocument(
      { templateKey: 'rectification-notice', data: { ...data, defects: [{ location: '3号楼' }], deadline: deadline && '' }, issuerOrgId: issuer.id },
      { rendering: documentRendering(), verifyBaseUrl: 'https://zhian.example.cn', now: clock.now() }
    ).catch((e) => e)

    assert.equal(error.code, 'DOCUMENT_DATA_MISSING')
    assert.includeMembers([...error.missing], ['defects[0].description', 'defects[0].clause', 'deadline'])
    assert.deepEqual(await counters(), before)
  })
})
