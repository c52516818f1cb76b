import type { HttpContext } from '@adonisjs/core/http'
import { searchAuditValidator } from '#validators/audit'
import { auditCsv, searchAudit } from '#services/audit/audit_search'
import { actorOf } from '#services/request_context'
import { recordAudit } from '#services/audit/audit_trail'

const EXPORT_LIMIT = 50_000

/** 审计日志 (审计管理员 only): search, and export as CSV (the export is itself audited). */
export default class AuditLogsController {
  async index(ctx: HttpContext) {
    const { page = 1, perPage = 50, ...filters } = await ctx.request.validateUsing(searchAuditValidator, { data: ctx.request.qs() })
    return searchAudit(filters).paginate(page, perPage)
  }

  async export(ctx: HttpContext) {
    const { page: _page, perPage: _perPage, ...filters } = await ctx.request.validateUsing(searchAuditValidator, { data: ctx.request.qs() })
    const rows = await searchAudit(filters).limit(EXPORT_LIMIT)
    await recordAudit(actorOf(ctx), { action: 'audit.export', outcome: 'success', detail: { filters, rows: rows.length } })
    ctx.response.header('content-type', 'text/csv; charset=utf-8')
    ctx.response.header('content-disposition', 'attachment; filename="audit-log.csv"')
    return auditCsv(rows)
  }
}
