import type { HttpContext } from '@adonisjs/core/http'
import { lookupVerificationValidator, showVerificationValidator, uploadVerificationValidator } from '#validators/verification'
import { documentView, lookupView, uploadView } from '#services/documents/verification_view'

/**
 * 文书验证, public and without login: the page a document's QR code opens,
 * a lookup by 文号, and a check of an uploaded PDF (is it the unaltered,
 * validly signed original?).
 */
export default class VerificationController {
  async index(ctx: HttpContext) {
    const { number } = await ctx.request.validateUsing(lookupVerificationValidator, { data: ctx.request.qs() })
    return ctx.inertia.render('verify/show', { lookup: number ? await lookupView(number) : null })
  }

  async show(ctx: HttpContext) {
    const { h } = await ctx.request.validateUsing(showVerificationValidator, { data: ctx.request.qs() })
    const status = await documentView(ctx.params.id, h)
    if (!status) ctx.response.status(404)
    return ctx.inertia.render('verify/show', { status, notFound: !status })
  }

  async store(ctx: HttpContext) {
    const { file } = await ctx.request.validateUsing(uploadVerificationValidator)
    return ctx.inertia.render('verify/show', { upload: await uploadView(file) })
  }
}
