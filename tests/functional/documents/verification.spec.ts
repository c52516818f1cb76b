import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { revokeCertificate } from '#documents'
import { issueAs } from '#tests/helpers/issued'
import { flipByte } from '#tests/helpers/pdf'

const STATION = '沈阳市和平区建设工程质量监督站'

test.group('文书验证 (public, no login)', (group) => {
  group.each.setup(async () => {
    await db.beginGlobalTransaction()
    return () => db.rollbackGlobalTransaction()
  })

  test('[5.2.2-08-09] the QR code page shows number, issuer, date, hash and a valid, unrevoked seal', async ({ client, assert }) => {
    const { document } = await issueAs(STATION)

    const page = await client.get(`/verify/${document.id}?h=${document.contentHash.slice(0, 16)}`).withInertia()

    page.assertStatus(200)
    page.assertInertiaComponent('verify/show')
    const { status } = page.inertiaProps as any
    assert.deepInclude(status.document, { documentNumber: document.documentNumber, issuer: STATION, pdfSha256: document.pdfSha256, issuedAt: document.issuedAt.toISOString() })
    assert.deepInclude(status, { revoked: false, qrMatches: true })
    assert.notProperty(status.document, 'data')
  })

  test('a QR hash that does not match the record says so; an unknown id is a 404', async ({ client, assert }) => {
    const { document } = await issueAs(STATION)

    const mismatch = await client.get(`/verify/${document.id}?h=0000000000000000`).withInertia()
    const unknown = await client.get('/verify/00000000-0000-4000-8000-000000000000').withInertia()

    assert.isFalse((mismatch.inertiaProps as any).status.qrMatches)
    unknown.assertStatus(404)
    assert.isTrue((unknown.inertiaProps as any).notFound)
  })

  test('[5.2.2-09-03] an uploaded original is recognised; a one-byte change is not, with the reason', async ({ client, assert }) => {
    const { document, pdf } = await issueAs(STATION)
    const firstRange = Number(/\/ByteRange \[0 (\d+)/.exec(pdf.toString('latin1'))![1])

    const original = await client.post('/verify').file('file', pdf, { filename: '整改通知书.pdf' }).withCsrfToken().withInertia()
    const tampered = await client.post('/verify').file('file', flipByte(pdf, Math.floor(firstRange / 2)), { filename: 'copy.pdf' }).withCsrfToken().withInertia()

    const ok = (original.inertiaProps as any).upload
    assert.deepInclude(ok, { isOriginal: true, signatureValid: true, signerName: STATION, sha256: document.pdfSha256 })
    assert.equal(ok.document.documentNumber, document.documentNumber)
    const bad = (tampered.inertiaProps as any).upload
    assert.deepInclude(bad, { isOriginal: false, signatureValid: false, document: null })
    assert.include(bad.problems.join(), '摘要不符')
  })

  test('after revocation the page and an upload both say revoked', async ({ client, assert }) => {
    const { document, pdf } = await issueAs(STATION)
    await revokeCertificate(db.connection(), document.certificateId, '私钥泄露', new Date())

    const page = await client.get(`/verify/${document.id}`).withInertia()
    const upload = await client.post('/verify').file('file', pdf, { filename: 'a.pdf' }).withCsrfToken().withInertia()

    assert.deepInclude((page.inertiaProps as any).status, { revoked: true, revocationReason: '私钥泄露' })
    assert.deepInclude((upload.inertiaProps as any).upload, { isOriginal: false, revoked: true })
    assert.include((upload.inertiaProps as any).upload.problems.join(), '签署证书已吊销：私钥泄露')
  })

  test('a lookup by 文号 lists the documents with that number', async ({ client, assert }) => {
    const { document } = await issueAs(STATION)

    const page = await client.get(`/verify?number=${encodeURIComponent(document.documentNumber)}`).withInertia()

    const { lookup } = page.inertiaProps as any
    assert.deepEqual(lookup.documents.map((d: { id: string }) => d.id), [document.id])
  })

  test('an upload that is not a PDF is refused with a Chinese message on the file field', async ({ client, assert }) => {
    const response = await client.post('/verify').file('file', Buffer.from('hello'), { filename: 'a.txt' }).withCsrfToken().header('accept', 'application/json')

    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'file')
    assert.match(response.body().errors[0].message, /[\u4e00-\u9fff]/)
  })
})
