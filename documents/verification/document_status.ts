import db from '@adonisjs/lucid/services/db'
import { findIssuedDocument, findIssuedDocumentBySha256, type IssuedDocument } from '../issuance/issued_documents.js'
import { verifyPdf, type PdfVerification } from './verify_pdf.js'

/** What the public verify page shows for one document id. */
export interface DocumentStatus {
  readonly document: IssuedDocument
  readonly certificateSerial: string
  readonly revoked: boolean
  readonly revokedAt: Date | null
  readonly revocationReason: string | null
  /** the QR code's hash prefix matches the record (null when none was given) */
  readonly qrMatches: boolean | null
}

/** The verdict on an uploaded file: its signature, and whether it is byte for byte a document we issued. */
export interface UploadVerdict {
  readonly verification: PdfVerification
  readonly document: IssuedDocument | null
  /** identical to an issued document and carrying a valid signature over the whole file */
  readonly isOriginal: boolean
}

/** The record behind a QR code; `hashPrefix` is the `h` the code carried. */
export async function documentStatus(id: string, hashPrefix?: string): Promise<DocumentStatus | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined
  const document = await findIssuedDocument(id)
  if (!document) return undefined
  const certificate = await db.from('document_certificates').where('id', document.certificateId).firstOrFail()
  return {
    document,
    certificateSerial: certificate.serial,
    revoked: Boolean(certificate.revoked_at),
    revokedAt: certificate.revoked_at ? new Date(certificate.revoked_at) : null,
    revocationReason: certificate.revocation_reason ?? null,
    qrMatches: hashPrefix ? hashPrefix.length >= 8 && document.contentHash.startsWith(hashPrefix.toLowerCase()) : null,
  }
}

/**
 * Checks an uploaded PDF: the signature (verifyPdf) and a byte-identical
 * match with a document on record. A copy whose signature is intact but
 * whose bytes differ (re-saved, appended to) is not the original.
 */
export async function verifyUpload(bytes: Uint8Array): Promise<UploadVerdict> {
  const verification = await verifyPdf(bytes)
  const document = (await findIssuedDocumentBySha256(verification.sha256)) ?? null
  return { verification, document, isOriginal: Boolean(document) && verification.isValid }
}
