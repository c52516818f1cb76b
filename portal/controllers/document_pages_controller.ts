import type { HttpContext } from '@adonisjs/core/http'
import { listPagedValidator } from '#validators/cases'
import { accessOf } from '#services/request_context'
import { listDocuments } from '#services/cases/visible_documents'

/** 我的文书: documents issued to the cases and projects the caller may see. */
export default class DocumentPagesController {
  async index(ctx: HttpContext) {
    const { page = 1, perPage = 20, q } = await ctx.request.validateUsing(listPagedValidator, { data: ctx.request.qs() })
    const documents = await listDocuments(await accessOf(ctx), { page, perPage, q })
    return ctx.inertia.render('documents/index', { ...documents, q: q ?? null })
  }
}
