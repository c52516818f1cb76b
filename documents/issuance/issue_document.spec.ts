import { test } from '@japa/runner'
import { createHash, randomBytes } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { issueDocument } from './issue_document.js'
import { issuedDocumentPdf } from './issued_documents.js'
import { DocumentDataMissingError } from './errors.js'
import { verifyPdf } from '../verification/verify_pdf.js'
import { pdfLibRendering, testTemplate } from '#tests/helpers/document_rendering'
import { poppler } from '#tests/helpers/pdf'

const DATA = { projectName: '长白岛滨河住宅小区一期工程', deadline: '2026-07-01' }
const NOW = new Date('2026-05-20T02:00:00Z')

async function provincialStation(): Promise<number> {
  return (await db.from('organizations').where('name', '辽宁省建设工程质量监督站').firstOrFail()).id
}

function context(rendering = pdfLibRendering().rendering) {
  return { rendering, verifyBaseUrl: 'https://zhian.example.cn', now: NOW }
}

test.group('issuing a document (number → render → sign → store)', (group) => {
  group.each.setup(async () => {
    await db.beginGlobalTransaction()
    return () => db.rollbackGlobalTransaction()
  })

  test('[5.2.2-07-06] gets the next number of its body, type and year, and is stored signed', async ({ assert }) => {
    const issuerOrgId = await provincialStation()

    const first = await issueDocument({ templateKey: 'rectification-notice', data: DATA, issuerOrgId }, context())
    const second = await issueDocument({ templateKey: 'rectification-notice', data: DATA, issuerOrgId }, context())

    assert.equal(first.documentNumber, '辽建质监〔2026〕001号')
    assert.equal(second.documentNumber, '辽建质监〔2026〕002号')
    assert.equal(first.organizationName, '辽宁省建设工程质量监督站')
    const pdf = (await issuedDocumentPdf(first.id))!
    assert.equal(createHash('sha256').update(pdf).digest('hex'), first.pdfSha256)
    assert.isTrue((await verifyPdf(pdf)).isValid)
    assert.include((await poppler('pdfsig', pdf)).stdout, 'Signature is Valid.')
    // the QR code's URL: the document id and the first 16 hex digits of the content hash
    assert.include((await poppler('pdftotext', pdf)).stdout, `https://zhian.example.cn/verify/${first.id}?h=${first.contentHash.slice(0, 16)}`)
  })

  test('a required field missing is DOCUMENT_DATA_MISSING, listing every missing field, and costs no number', async ({ assert }) => {
    const issuerOrgId = await provincialStation()

    const error = await issueDocument({ templateKey: 'rectification-notice', data: { projectName: ' ' }, issuerOrgId }, context()).catch((e) => e)

    assert.instanceOf(error, DocumentDataMissingError)
    assert.deepEqual(error.missing, ['projectName', 'deadline'])
    assert.equal(error.message, '文书数据缺少必填项：projectName、deadline')
    const next = await issueDocument({ templateKey: 'rectification-notice', data: DATA, issuerOrgId }, context())
    assert.equal(next.seq, 1)
  })

  test('a render that fails gives its number back: the next document takes it', async ({ assert }) => {
    const issuerOrgId = await provincialStation()
    const { rendering, state } = pdfLibRendering()
    state.failNext = 1

    await assert.rejects(() => issueDocument({ templateKey: 'rectification-notice', data: DATA, issuerOrgId }, context(rendering)), 'renderer crashed')
    const next = await issueDocument({ templateKey: 'rectification-notice', data: DATA, issuerOrgId }, context(rendering))

    assert.equal(next.documentNumber, '辽建质监〔2026〕001号')
    assert.lengthOf(await db.from('issued_documents'), 1)
  })
})

test.group('issuing documents concurrently (committed for real)', () => {
  test('[5.2.2-08-08] N concurrent issuances get N distinct numbers with no gap', async ({ assert, cleanup }) => {
    // given: a document type of this run's own, so its counter starts at zero
    const type = `concurrency-${randomBytes(4).toString('hex')}`
    const template = testTemplate({ key: type, type, numbering: `并发〔{year}〕{seq}号` })
    const { rendering } = pdfLibRendering([template])
    const issuerOrgId = await provincialStation()
    cleanup(async () => {
      await db.from('issued_documents').where('document_type', type).delete()
      await db.from('document_number_counters').where('document_type', type).delete()
    })

    // when
    const documents = await Promise.all(
      Array.from({ length: 6 }, () => issueDocument({ templateKey: type, data: DATA, issuerOrgId }, context(rendering)))
    )

    // then
    const seqs = documents.map((d) => d.seq).sort((a, b) => a - b)
    assert.deepEqual(seqs, [1, 2, 3, 4, 5, 6])
    assert.equal(new Set(documents.map((d) => d.documentNumber)).size, 6)
    const counter = await db.from('document_number_counters').where('document_type', type).firstOrFail()
    assert.equal(counter.last_seq, 6)
  })
})
