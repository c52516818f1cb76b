import db from '@adonisjs/lucid/services/db'
import { exportTable, issuedDocumentsQuery, toIssuedDocument, type ExportFormat } from '#documents'
import { scopeProjects, type Access } from '#services/access/access'

const COLUMNS = [
  { key: 'documentNumber', header: '文号', width: 24 },
  { key: 'title', header: '文书名称', width: 16 },
  { key: 'organizationName', header: '发文单位', width: 30 },
  { key: 'projectName', header: '工程名称', width: 30 },
  { key: 'issuedAt', header: '签发日期', width: 12 },
  { key: 'status', header: '状态', width: 10 },
] as const

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * The issued-documents ledger (电子文书台账) as the caller may see it: the
 * documents of projects in their data scope, and for government users also
 * what bodies of their jurisdiction issued. Nothing else exists for them.
 */
export async function ledgerRows(access: Access) {
  const query = issuedDocumentsQuery()
    .leftJoin('projects', 'projects.id', 'issued_documents.project_id')
    .leftJoin('document_certificates', 'document_certificates.id', 'issued_documents.certificate_id')
    .select('projects.name as project_name', 'document_certificates.revoked_at as revoked_at')
    .orderBy('issued_documents.issued_at', 'desc')
    .orderBy('issued_documents.id')
  if (!access.scopes.has('all')) {
    const byJurisdiction = access.scopes.has('jurisdiction') && access.organizationKind !== 'enterprise'
    query.where((visible) => {
      visible.whereIn('issued_documents.project_id', scopeProjects(db.from('projects').select('projects.id'), access))
      if (byJurisdiction) visible.orWhere('organizations.path', 'like', `${access.jurisdictionPath}%`)
    })
  }
  return (await query).map((row: Record<string, any>) => {
    const document = toIssuedDocument(row)
    return {
      ...document,
      projectName: row.project_name ?? '',
      issuedAt: document.issuedAt.toISOString().slice(0, 10),
      status: row.revoked_at ? '证书已吊销' : '有效',
    }
  })
}

/** The ledger as a Word or Excel file. */
export async function exportLedger(access: Access, format: ExportFormat) {
  const rows = await ledgerRows(access)
  const body = await exportTable({ title: '电子文书台账', columns: COLUMNS, rows }, format)
  return { body, contentType: CONTENT_TYPES[format], fileName: `电子文书台账.${format}` }
}
