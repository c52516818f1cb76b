import { readFile } from 'node:fs/promises'
import { documentStatus, findIssuedDocumentsByNumber, verifyUpload, type IssuedDocument } from '#documents'

/** What the verify page shows of a document: public facts only, never its data. */
function publicDocument(document: IssuedDocument) {
  return {
    id: document.id,
    documentNumber: document.documentNumber,
    title: document.title,
    issuer: document.organizationName,
    issuedAt: document.issuedAt.toISOString(),
    pdfSha256: document.pdfSha256,
    contentHash: document.contentHash,
  }
}

/** The page for one QR code; undefined for an unknown id. */
export async function documentView(id: string, hashPrefix?: string) {
  const status = await documentStatus(id, hashPrefix)
  if (!status) return undefined
  return {
    document: publicDocument(status.document),
    certificateSerial: status.certificateSerial,
    revoked: status.revoked,
    revokedAt: status.revokedAt?.toISOString() ?? null,
    revocationReason: status.revocationReason,
    qrMatches: status.qrMatches,
  }
}

/** Documents with this 文号 (several bodies may use the same pattern). */
export async function lookupView(number: string) {
  return { number, documents: (await findIssuedDocumentsByNumber(number)).map(publicDocument) }
}

/** The verdict on an uploaded file. */
export async function uploadView(file: { tmpPath?: string; clientName: string }) {
  const verdict = await verifyUpload(await readFile(file.tmpPath!))
  const v = verdict.verification
  return {
    fileName: file.clientName,
    sha256: v.sha256,
    isOriginal: verdict.isOriginal,
    signatureValid: v.isValid,
    revoked: v.revoked,
    signerName: v.signerName,
    signedAt: v.signedAt?.toISOString() ?? null,
    problems: v.problems,
    document: verdict.document ? publicDocument(verdict.document) : null,
  }
}
