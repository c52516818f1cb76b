import AuditLog from '#models/audit_log'

/** Filters of the audit administrator's search; times are ISO 8601 instants. */
export interface AuditFilters {
  from?: string
  to?: string
  username?: string
  action?: string
  outcome?: 'success' | 'failure' | 'denied'
}

function iso(value: string | undefined): string | undefined {
  if (!value) return undefined
  const time = new Date(value)
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString()
}

/** The newest rows first, narrowed by the filters. */
export function searchAudit(filters: AuditFilters) {
  const from = iso(filters.from)
  const to = iso(filters.to)
  return AuditLog.query()
    .if(from, (q) => q.where('occurred_at', '>=', from!))
    .if(to, (q) => q.where('occurred_at', '<', to!))
    .if(filters.username, (q) => q.where('username', filters.username!.toLowerCase()))
    .if(filters.action, (q) => q.where('action', filters.action!))
    .if(filters.outcome, (q) => q.where('outcome', filters.outcome!))
    .orderBy('id', 'desc')
}

const COLUMNS = ['id', 'occurredAt', 'username', 'userId', 'organizationId', 'ip', 'userAgent', 'action', 'targetType', 'targetId', 'outcome', 'detail', 'hash'] as const
const HEADER = ['编号', '时间', '用户名', '用户ID', '单位ID', 'IP', '客户端', '操作', '对象类型', '对象ID', '结果', '详情', '哈希']

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  // a leading = + - @ would run as a formula when the file is opened in a spreadsheet
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** CSV with a BOM so that Excel opens the Chinese headers as UTF-8. */
export function auditCsv(rows: readonly AuditLog[]): string {
  const lines = [HEADER.join(',')]
  for (const row of rows) lines.push(COLUMNS.map((column) => csvCell(row[column])).join(','))
  return '\uFEFF' + lines.join('\r\n') + '\r\n'
}
