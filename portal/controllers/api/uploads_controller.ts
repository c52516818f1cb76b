import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import { accessOf, currentUser } from '#services/request_context'
import { handleTus } from '#services/uploads/tus_uploads'
import { contentDisposition, findVisibleUpload } from '#services/uploads/visible_uploads'

/** Resumable uploads (tus) and downloads of finished ones. */
export default class UploadsController {
  /** Every tus request (POST, HEAD, PATCH, DELETE): the tus server answers on the raw response. */
  async tus(ctx: HttpContext) {
    const caller = { userId: currentUser(ctx).id, access: await accessOf(ctx) }
    await handleTus(ctx.request.request, ctx.response.response, caller)
  }

  /** GET /api/uploads/:id[?rendition=1]: the bytes, or the image's 1280 px rendition; images and PDFs inline so the task page can preview them. */
  async show(ctx: HttpContext) {
    const upload = await findVisibleUpload(ctx.params.id, await accessOf(ctx))
    const rendition = ctx.request.qs().rendition === '1' && upload.renditionKey
    const key = rendition ? upload.renditionKey! : upload.storageKey
    ctx.response.header('content-type', rendition ? 'image/jpeg' : upload.mime)
    ctx.response.header('content-disposition', contentDisposition(upload.name, upload.mime.startsWith('image/') || upload.mime === 'application/pdf'))
    ctx.response.header('x-content-sha256', upload.sha256)
    return ctx.response.stream(await drive.use().getStream(key))
  }
}
