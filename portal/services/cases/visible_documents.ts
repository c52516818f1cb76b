import db from '@adonisjs/lucid/services/db'
import { issuedDocumentPdf, issuedDocumentsQuery, toIssuedDocument } from '#documents'
import { scopeProjects, type Access } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'

/** An issued document as the workspace lists it. */
export interface DocumentItem {
  id: string
  documentNumber: string
  title: string
  organizationName: string
  projectId: number | null
  projectName: string | null
  caseId: number | null
  caseNo: string | null
  issuedAt: string
  revoked: boolean
}

/**
 * Issued documents the caller may see: those of a case or a project in their
 * scope, and for government users what bodies of their jurisdiction issued.
 */
function visibleDocumentsQuery(access: Access) {
  const query = issuedDocumentsQuery()
    .leftJoin('projects', 'projects.id', 'issued_documents.project_id')
    .leftJoin('process_cases', 'process_cases.process_instance_id', 'issued_documents.process_instance_id')
    .leftJoin('document_certificates', 'document_certificates.id', 'issued_documents.certificate_id')
    .select('projects.name as project_name', 'process_cases.id as case_id', 'process_cases.case_no', 'document_certificates.revoked_at')
  if (access.scopes.has('all')) return query
  const byJurisdiction = access.scopes.has('jurisdiction') && access.organizationKind !== 'enterprise'
  return query.where((visible) => {
    visible.whereIn('issued_documents.process_instance_id', scopeCases(db.from('process_cases'), access).select('process_cases.process_instance_id'))
    visible.orWhereIn('issued_documents.project_id', scopeProjects(db.from('projects').select('projects.id'), access))
    if (byJurisdiction) visible.orWhere('organizations.path', 'like', `${access.jurisdictionPath}%`)
  })
}

function toItem(row: Record<string, any>): DocumentItem {
  const document = toIssuedDocument(row)
  return {
    id: document.id,
    documentNumber: document.documentNumber,
    title: document.title,
    organizationName: document.organizationName,
    projectId: document.projectId,
    projectName: row.project_name ?? null,
    caseId: row.case_id === null || row.case_id === undefined ? null : Number(row.case_id),
    caseNo: row.case_no ?? null,
    issuedAt: document.issuedAt.toISOString(),
    revoked: Boolean(row.revoked_at),
  }
}

/** One page of the caller's documents, newest first, optionally narrowed to a case's instance or a project. */
export async function listDocuments(
  access: Access,
  options: { page: number; perPage: number; q?: string; processInstanceId?: string; projectId?: number }
) {
  const query = visibleDocumentsQuery(access)
  if (options.processInstanceId) query.where('issued_documents.process_instance_id', options.processInstanceId)
  if (options.projectId) query.where('issued_documents.project_id', options.projectId)
  if (options.q) {
    const q = options.q
    query.where((search) => search.where('issued_documents.title', 'like', `%${q}%`).orWhere('issued_documents.document_number', 'like', `%${q}%`))
  }
  const [{ total }] = await query.clone().clearSelect().count('* as total')
  const rows = await query.orderBy('issued_documents.issued_at', 'desc').orderBy('issued_documents.id').limit(options.perPage).offset((options.page - 1) * options.perPage)
  return {
    meta: { total: Number(total), perPage: options.perPage, currentPage: options.page, lastPage: Math.max(1, Math.ceil(Number(total) / options.perPage)) },
    data: rows.map(toItem),
  }
}

/** The signed PDF of a document the caller may see; anything else does not exist for them (404). */
export async function visibleDocumentPdf(access: Access, id: string): Promise<{ fileName: string; pdf: Buffer }> {
  const row = await visibleDocumentsQuery(access).where('issued_documents.id', id).firstOrFail()
  const pdf = await issuedDocumentPdf(id)
  if (!pdf) return Promise.reject(new Error(`issued document ${id} has no stored PDF`))
  return { fileName: `${row.document_number}.pdf`, pdf }
}
