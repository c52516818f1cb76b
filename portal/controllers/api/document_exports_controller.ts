import type { HttpContext } from '@adonisjs/core/http'
import { exportDocumentsValidator } from '#validators/documents'
import { accessOf } from '#services/request_context'
import { exportLedger } from '#services/documents/document_ledger'

/** The issued-documents ledger (电子文书台账) as .docx or .xlsx, within the caller's data scope. */
export default class DocumentExportsController {
  async show(ctx: HttpContext) {
    const { format } = await ctx.request.validateUsing(exportDocumentsValidator, { data: ctx.request.qs() })
    const file = await exportLedger(await accessOf(ctx), format)
    ctx.response.header('Content-Type', file.contentType)
    ctx.response.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    return ctx.response.send(file.body)
  }
}
