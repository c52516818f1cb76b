import type { HttpContext } from '@adonisjs/core/http'
import { accessOf } from '#services/request_context'
import { visibleDocumentPdf } from '#services/cases/visible_documents'

/** The signed PDF of an issued document, exactly as stored; 404 outside the caller's cases and projects. */
export default class DocumentFilesController {
  async show(ctx: HttpContext) {
    const { fileName, pdf } = await visibleDocumentPdf(await accessOf(ctx), String(ctx.params.id))
    const disposition = ctx.request.qs().download ? 'attachment' : 'inline'
    ctx.response.header('Content-Type', 'application/pdf')
    ctx.response.header('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    return ctx.response.send(pdf)
  }
}
