import { createHash, randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import { inTransaction } from '#database/transaction'
import { ensureCounter, formatDocumentNumber, takeNextSeq, yearInChina } from '../numbering/document_number.js'
import { signingIdentity } from '../pki/certificate_authority.js'
import { signPdf } from '../signing/sign_pdf.js'
import { DocumentDataMissingError, DocumentIssueError } from './errors.js'
import { findIssuedDocument, type IssuedDocument } from './issued_documents.js'
import { activeSeal } from './seals.js'
import type { DocumentRendering, IssuableTemplate } from './ports.js'

export interface IssueDocumentInput {
  readonly templateKey: string
  readonly data: Readonly<Record<string, unknown>>
  readonly issuerOrgId: number
  readonly processInstanceId?: string
  readonly projectId?: number
  /** the external task that asks; a retry of the same task gets the same document back */
  readonly sourceTaskId?: string
  readonly issuedBy?: number
}

export interface IssueDocumentContext {
  readonly rendering: DocumentRendering
  /** the public root the QR code points at (APP_URL) */
  readonly verifyBaseUrl: string
  readonly now: Date
  /** runs inside the issuing transaction, e.g. to write the audit row with it */
  readonly withinTransaction?: (trx: TransactionClientContract, document: IssuedDocument) => Promise<void>
}

/** JSON with sorted keys, so equal data always hashes alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** The QR code's short URL: the document id and 16 hex digits of its content hash. */
export function verifyUrlOf(baseUrl: string, id: string, contentHash: string): string {
  return `${baseUrl.replace(/\/$/, '')}/verify/${id}?h=${contentHash.slice(0, 16)}`
}

async function prepare(input: IssueDocumentInput, context: IssueDocumentContext) {
  const template = await context.rendering.template(input.templateKey, input.processInstanceId)
  if (!template) throw new DocumentIssueError('DOCUMENT_TEMPLATE_NOT_FOUND', `文书模板不存在：${input.templateKey}`, 'templateKey')
  const missing = [...new Set(context.rendering.missingFields(template, input.data))]
  if (missing.length > 0) throw new DocumentDataMissingError(missing)
  const issuer = await db.from('organizations').where('id', input.issuerOrgId).select('id', 'name').first()
  if (!issuer) throw new DocumentIssueError('DOCUMENT_ISSUER_NOT_FOUND', `发文单位不存在：${input.issuerOrgId}`, 'issuerOrgId')
  const seal = (await activeSeal(db.connection(), issuer.id)) ?? { format: 'svg' as const, content: Buffer.from(context.rendering.generatedSealSvg(issuer.name)) }
  const appearance = await context.rendering.appearance(seal)
  return { template, issuer: { id: Number(issuer.id), name: String(issuer.name) }, appearance }
}

async function store(trx: QueryClientContract, row: Record<string, unknown>, pdf: Buffer) {
  await trx.table('issued_documents').insert(row)
  await trx.table('issued_document_files').insert({ document_id: row.id, pdf })
}

/**
 * Issues one official document: next number → render → sign → store, in
 * one transaction. The number is taken first, so the counter's lock is held
 * while the document is rendered and signed (issuers of the same body, type
 * and year queue; on SQLite every writer does), and a failed render or
 * signature rolls the number back: no gaps. The template, data check, seal
 * appearance and other slow preparation happen before the lock is taken.
 */
export async function issueDocument(input: IssueDocumentInput, context: IssueDocumentContext): Promise<IssuedDocument> {
  if (input.sourceTaskId) {
    const earlier = await db.from('issued_documents').where('source_task_id', input.sourceTaskId).select('id').first()
    if (earlier) return (await findIssuedDocument(earlier.id))!
  }
  const { template, issuer, appearance } = await prepare(input, context)
  const key = { organizationId: issuer.id, documentType: template.type, year: yearInChina(context.now) }
  await ensureCounter(db.connection(), key)

  const id = randomUUID()
  const contentHash = createHash('sha256').update(canonicalJson({ template: template.key, issuer: issuer.name, data: input.data })).digest('hex')
  return inTransaction(async (trx) => {
    const seq = await takeNextSeq(trx, key)
    const documentNumber = formatDocumentNumber(template.numbering, { year: key.year, seq })
    const identity = await signingIdentity(trx, issuer.id, context.now)
    const verifyUrl = verifyUrlOf(context.verifyBaseUrl, id, contentHash)
    const rendered = await context.rendering.render({ template, data: input.data, documentNumber, issuerName: issuer.name, verifyUrl })
    const pdf = await signPdf(rendered.pdf, {
      ...identity,
      signerName: issuer.name,
      reason: `${template.title} ${documentNumber}`,
      signingTime: context.now,
      sealRect: rendered.sealRect,
      appearance: rendered.sealRect ? appearance : undefined,
    })
    await store(trx, row(input, template, { id, documentNumber, seq, contentHash, pdf, certificateId: identity.certificateId, year: key.year, issuerId: issuer.id, now: context.now }), pdf)
    const document = (await findIssuedDocument(id, trx))!
    await context.withinTransaction?.(trx, document)
    return document
  })
}

function row(
  input: IssueDocumentInput,
  template: IssuableTemplate,
  issued: { id: string; documentNumber: string; seq: number; contentHash: string; pdf: Buffer; certificateId: number; year: number; issuerId: number; now: Date }
) {
  return {
    id: issued.id,
    document_number: issued.documentNumber,
    organization_id: issued.issuerId,
    template_key: template.key,
    document_type: template.type,
    title: template.title,
    year: issued.year,
    seq: issued.seq,
    content_hash: issued.contentHash,
    pdf_sha256: createHash('sha256').update(issued.pdf).digest('hex'),
    pdf_size: issued.pdf.length,
    certificate_id: issued.certificateId,
    process_instance_id: input.processInstanceId ?? null,
    source_task_id: input.sourceTaskId ?? null,
    project_id: input.projectId ?? null,
    issued_by: input.issuedBy ?? null,
    issued_at: issued.now,
    data: JSON.stringify(input.data),
  }
}
