import { exportTable, type ExportFormat } from '#documents'
import type { Access } from '#services/access/access'
import { casesQuery, toCaseRows, type CaseFilters } from './case_query.js'

/** An export is a ledger, not a dump: past this many rows the filters must narrow it. */
const MAX_ROWS = 5000

const COLUMNS = [
  { key: 'caseNo', header: '办件编号', width: 18 },
  { key: 'title', header: '办件名称', width: 30 },
  { key: 'processName', header: '业务类型', width: 14 },
  { key: 'projectName', header: '工程名称', width: 28 },
  { key: 'applicantName', header: '申请单位', width: 26 },
  { key: 'handlingName', header: '承办单位', width: 26 },
  { key: 'statusLabel', header: '状态', width: 8 },
  { key: 'currentStep', header: '当前环节', width: 16 },
  { key: 'startedOn', header: '发起日期', width: 12 },
] as const

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** The caller's 办件 under the list's filters, as a Word or Excel ledger (办件台账). */
export async function exportCases(access: Access, filters: CaseFilters, format: ExportFormat) {
  const cases = await toCaseRows(casesQuery(access, filters).orderBy('process_cases.id', 'desc').limit(MAX_ROWS))
  const rows = cases.map((row) => ({
    ...row,
    statusLabel: row.status === 'running' ? '办理中' : '已办结',
    currentStep: row.currentSteps.join('、'),
    startedOn: row.createdAt.slice(0, 10),
  }))
  const body = await exportTable({ title: '办件台账', columns: COLUMNS, rows }, format)
  return { body, contentType: CONTENT_TYPES[format], fileName: `办件台账.${format}` }
}
