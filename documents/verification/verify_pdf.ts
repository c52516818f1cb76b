import { X509Certificate, createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { inspectSignature } from './inspect_signature.js'

/** The verdict on one PDF. `isValid` means every check holds and the certificate is not revoked. */
export interface PdfVerification {
  readonly isValid: boolean
  readonly sha256: string
  readonly hasSignature: boolean
  readonly coversWholeFile: boolean
  readonly digestMatches: boolean
  readonly signatureValid: boolean
  readonly signingCertificateBound: boolean
  /** issued by one of this deployment's root CAs */
  readonly chainsToRoot: boolean
  /** the certificate was within its validity when the document was signed */
  readonly certificateValidAtSigning: boolean
  readonly revoked: boolean
  readonly revokedAt: Date | null
  readonly revocationReason: string | null
  readonly signerName: string | null
  readonly certificateSerial: string | null
  readonly signedAt: Date | null
  /** what failed, in Chinese, for the verify page */
  readonly problems: readonly string[]
}

/** The O= of a subject ("C=CN\nO=…\nCN=…"). */
function organizationOf(cert: X509Certificate): string | null {
  return /^O=(.*)$/m.exec(cert.subject)?.[1] ?? null
}

/**
 * verifyPdf(bytes): the CMS signature, a ByteRange over the whole file, a
 * certificate that chains to this deployment's CA, valid when it signed, and
 * not revoked. Anything appended after signing (an incremental update) fails
 * the coverage check even though the signature itself still verifies.
 */
export async function verifyPdf(bytes: Uint8Array, client: QueryClientContract = db.connection()): Promise<PdfVerification> {
  const pdf = Buffer.from(bytes)
  const sha256 = createHash('sha256').update(pdf).digest('hex')
  const inspection = inspectSignature(pdf)
  const problems: string[] = []
  if (!inspection) {
    return {
      isValid: false, sha256, hasSignature: false, coversWholeFile: false, digestMatches: false, signatureValid: false,
      signingCertificateBound: false, chainsToRoot: false, certificateValidAtSigning: false, revoked: false, revokedAt: null,
      revocationReason: null, signerName: null, certificateSerial: null, signedAt: null, problems: ['文件中没有电子签名'],
    }
  }
  const signer = inspection.signer
  const roots = (await client.from('document_certificates').where('kind', 'root').whereNull('revoked_at').select('certificate_pem'))
    .map((row: { certificate_pem: string }) => new X509Certificate(row.certificate_pem))
  const chainsToRoot = Boolean(signer && roots.some((root) => signer.checkIssued(root) && signer.verify(root.publicKey)))
  const at = inspection.signedAt ?? new Date()
  const certificateValidAtSigning = Boolean(signer && new Date(signer.validFrom) <= at && at <= new Date(signer.validTo))
  const stored = signer ? await client.from('document_certificates').where('serial', signer.serialNumber.toUpperCase()).first() : null
  const revoked = Boolean(stored?.revoked_at)

  if (!inspection.coversWholeFile) problems.push('签名未覆盖整个文件（签名后被追加或改动）')
  if (!inspection.digestMatches) problems.push('文件内容与签名时不一致（摘要不符）')
  if (!signer) problems.push('签名中找不到签署证书')
  else if (!inspection.signatureValid) problems.push('签名值校验失败')
  if (signer && !inspection.signingCertificateBound) problems.push('签名未绑定签署证书（ESS signing-certificate-v2）')
  if (signer && !chainsToRoot) problems.push('签署证书不是本系统 CA 签发的')
  if (signer && !certificateValidAtSigning) problems.push('签名时证书不在有效期内')
  if (revoked) problems.push(`签署证书已吊销${stored.revocation_reason ? `：${stored.revocation_reason}` : ''}`)

  return {
    isValid: problems.length === 0,
    sha256,
    hasSignature: true,
    coversWholeFile: inspection.coversWholeFile,
    digestMatches: inspection.digestMatches,
    signatureValid: inspection.signatureValid,
    signingCertificateBound: inspection.signingCertificateBound,
    chainsToRoot,
    certificateValidAtSigning,
    revoked,
    revokedAt: stored?.revoked_at ? new Date(stored.revoked_at) : null,
    revocationReason: stored?.revocation_reason ?? null,
    signerName: signer ? organizationOf(signer) : null,
    certificateSerial: signer?.serialNumber.toUpperCase() ?? null,
    signedAt: inspection.signedAt,
    problems,
  }
}
