import type { HttpContext } from '@adonisjs/core/http'
import { exportCasesValidator } from '#validators/cases'
import { accessOf } from '#services/request_context'
import { exportCases } from '#services/cases/case_export'

/** 办件台账: the caller's cases under the list's filters, as .docx or .xlsx. */
export default class CaseExportsController {
  async show(ctx: HttpContext) {
    const { format, ...filters } = await ctx.request.validateUsing(exportCasesValidator, { data: ctx.request.qs() })
    const file = await exportCases(await accessOf(ctx), filters, format)
    ctx.response.header('Content-Type', file.contentType)
    ctx.response.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    return ctx.response.send(file.body)
  }
}
