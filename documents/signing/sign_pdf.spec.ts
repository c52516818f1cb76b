import { test } from '@japa/runner'
import { X509Certificate } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { signingIdentity } from '../pki/certificate_authority.js'
import { verifyPdf } from '../verification/verify_pdf.js'
import { signPdf } from './sign_pdf.js'
import { flipByte, poppler, samplePdf, sampleSealPdf } from '#tests/helpers/pdf'

const STATION = '辽宁省建设工程质量监督站'

async function signedSample() {
  const station = await db.from('organizations').where('name', STATION).firstOrFail()
  const identity = await signingIdentity(db.connection(), station.id, new Date())
  const signed = await signPdf(await samplePdf(), {
    ...identity,
    signerName: identity.subjectName,
    reason: '整改通知书电子签章',
    location: '沈阳市',
    signingTime: new Date(),
    sealRect: { page: 1, x: 340, y: 270, width: 119, height: 119 },
    appearance: { pdf: await sampleSealPdf() },
  })
  return { signed, identity }
}

test.group('signing (PAdES with our own CMS signer)', (group) => {
  group.each.setup(async () => {
    await db.beginGlobalTransaction()
    return () => db.rollbackGlobalTransaction()
  })

  test('[5.2.2-08-09] pdfsig finds a valid ETSI.CAdES.detached signature by a Chinese-named body', async ({ assert }) => {
    // given / when
    const { signed, identity } = await signedSample()

    // then
    const { stdout } = await poppler('pdfsig', signed)
    assert.include(stdout, 'Signature Validation: Signature is Valid.')
    assert.include(stdout, 'ETSI.CAdES.detached')
    assert.include(stdout, 'Total document signed')
    assert.include(stdout, STATION)
    const cert = new X509Certificate(identity.certificatePem)
    assert.include(cert.subject, `O=${STATION}`)
    assert.include(cert.keyUsage ?? [], '1.3.6.1.5.5.7.3.36')
  })

  test('[5.2.2-09-03] our verifier accepts it: whole file, digest, signature, chain to our CA', async ({ assert }) => {
    const { signed } = await signedSample()

    const verdict = await verifyPdf(signed)

    assert.deepInclude(verdict, { isValid: true, coversWholeFile: true, digestMatches: true, signatureValid: true, chainsToRoot: true, signingCertificateBound: true, revoked: false })
    assert.equal(verdict.signerName, STATION)
    assert.deepEqual(verdict.problems, [])
  })

  test('one flipped byte inside the signed range fails pdfsig and our verifier', async ({ assert }) => {
    // given: a byte in the middle of the first page's content, inside the first signed range
    const { signed } = await signedSample()
    const byteRange = /\/ByteRange \[(\d+) (\d+)/.exec(signed.toString('latin1'))!
    const tampered = flipByte(signed, Math.floor(Number(byteRange[2]) / 3))

    // when
    const { stdout } = await poppler('pdfsig', tampered)
    const verdict = await verifyPdf(tampered)

    // then
    assert.notInclude(stdout, 'Signature is Valid.')
    assert.isFalse(verdict.isValid)
    assert.isFalse(verdict.digestMatches)
    assert.include(verdict.problems.join(), '摘要不符')
  })

  test('bytes appended after signing are caught: the signature no longer covers the file', async ({ assert }) => {
    const { signed } = await signedSample()

    const verdict = await verifyPdf(Buffer.concat([signed, Buffer.from('\n% appended\n')]))

    assert.isTrue(verdict.digestMatches)
    assert.isFalse(verdict.coversWholeFile)
    assert.isFalse(verdict.isValid)
  })
})
