import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/** An issued document's record, as it crosses the room's door (no PDF bytes). */
export interface IssuedDocument {
  readonly id: string
  readonly documentNumber: string
  readonly organizationId: number
  readonly organizationName: string
  readonly templateKey: string
  readonly documentType: string
  readonly title: string
  readonly year: number
  readonly seq: number
  /** SHA-256 of the canonical data the document was rendered from; its prefix is in the QR code */
  readonly contentHash: string
  /** SHA-256 of the signed PDF as stored: an upload with this hash is the original */
  readonly pdfSha256: string
  readonly pdfSize: number
  readonly certificateId: number
  readonly processInstanceId: string | null
  readonly projectId: number | null
  readonly issuedAt: Date
}

const COLUMNS = [
  'issued_documents.*',
  'organizations.name as organization_name',
] as const

export function toIssuedDocument(row: Record<string, any>): IssuedDocument {
  return {
    id: row.id,
    documentNumber: row.document_number,
    organizationId: Number(row.organization_id),
    organizationName: row.organization_name,
    templateKey: row.template_key,
    documentType: row.document_type,
    title: row.title,
    year: Number(row.year),
    seq: Number(row.seq),
    contentHash: row.content_hash,
    pdfSha256: row.pdf_sha256,
    pdfSize: Number(row.pdf_size),
    certificateId: Number(row.certificate_id),
    processInstanceId: row.process_instance_id ?? null,
    projectId: row.project_id === null ? null : Number(row.project_id),
    issuedAt: new Date(row.issued_at),
  }
}

/** issued_documents joined with the issuer's name, for further narrowing. */
export function issuedDocumentsQuery(client: QueryClientContract = db.connection()) {
  return client.from('issued_documents').join('organizations', 'organizations.id', 'issued_documents.organization_id').select(...COLUMNS)
}

export async function findIssuedDocument(id: string, client?: QueryClientContract): Promise<IssuedDocument | undefined> {
  const row = await issuedDocumentsQuery(client).where('issued_documents.id', id).first()
  return row ? toIssuedDocument(row) : undefined
}

/** Every body's document with this 文号 (the same pattern may serve several bodies). */
export async function findIssuedDocumentsByNumber(documentNumber: string, client?: QueryClientContract): Promise<IssuedDocument[]> {
  const rows = await issuedDocumentsQuery(client).where('issued_documents.document_number', documentNumber).orderBy('issued_documents.issued_at')
  return rows.map(toIssuedDocument)
}

export async function findIssuedDocumentBySha256(sha256: string, client?: QueryClientContract): Promise<IssuedDocument | undefined> {
  const row = await issuedDocumentsQuery(client).where('issued_documents.pdf_sha256', sha256).first()
  return row ? toIssuedDocument(row) : undefined
}

/** The signed PDF exactly as issued. */
export async function issuedDocumentPdf(id: string, client: QueryClientContract = db.connection()): Promise<Buffer | undefined> {
  const row = await client.from('issued_document_files').where('document_id', id).select('pdf').first()
  return row ? Buffer.from(row.pdf) : undefined
}
