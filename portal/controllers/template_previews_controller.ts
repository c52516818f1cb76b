import type { HttpContext } from '@adonisjs/core/http'
import { previewDocument } from '#documents'
import Organization from '#models/organization'
import clock from '#services/clock'
import { currentUser } from '#services/request_context'
import { formInvalid } from '#exceptions/forms'
import { previewTemplateValidator } from '#validators/templates'

/** 文书模板预览: a template being written, printed with its sample data; nothing is numbered, signed or stored. */
export default class TemplatePreviewsController {
  /** POST /api/admin/templates/preview → application/pdf, or 422 with each problem at its path (source, manifest.<field>, sample.<path>) */
  async store(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(previewTemplateValidator)
    const organization = await Organization.findOrFail(currentUser(ctx).organizationId)
    const { source, manifest, sample } = input
    const result = await previewDocument({ source, manifest, sample, issuerName: organization.name, now: clock.now() })
    if (result.problems) throw formInvalid(result.problems)
    ctx.response.header('content-type', 'application/pdf')
    ctx.response.header('cache-control', 'no-store')
    return ctx.response.send(result.pdf)
  }
}
