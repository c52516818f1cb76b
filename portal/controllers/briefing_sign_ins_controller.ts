import type { HttpContext } from '@adonisjs/core/http'
import { signInValidator } from '#validators/briefing'
import { openMeeting } from '#services/cases/briefing_sign_in'
import { AlreadySignedInError, MeetingClosedError, signInToMeeting } from '#actions/cases/sign_in_to_meeting'

/**
 * 扫码签到, public: the page the briefing's QR code opens on an attendee's
 * phone. The URL is signed, so only the printed or shown code leads here.
 */
export default class BriefingSignInsController {
  async show(ctx: HttpContext) {
    if (!ctx.request.hasValidSignature()) return this.refuse(ctx, 403, '签到二维码无效或已过期，请向监督人员索取新的二维码')
    const meeting = await openMeeting(Number(ctx.params.id))
    if (!meeting) return this.refuse(ctx, 404, '会议未开放签到或已结束')
    return ctx.inertia.render('briefing/sign_in', { meeting: { caseNo: meeting.caseNo, title: meeting.title, taskName: meeting.taskName }, signedIn: ctx.session.flashMessages.get('signedIn') ?? null, refusal: null })
  }

  async store(ctx: HttpContext) {
    if (!ctx.request.hasValidSignature()) return this.refuse(ctx, 403, '签到二维码无效或已过期，请向监督人员索取新的二维码')
    const input = await ctx.request.validateUsing(signInValidator)
    try {
      await signInToMeeting(Number(ctx.params.id), input, null)
    } catch (error) {
      if (error instanceof AlreadySignedInError || error instanceof MeetingClosedError) {
        ctx.session.flashAll()
        ctx.session.flash('inputErrorsBag', { mobile: [error.message] })
        return ctx.response.redirect().back()
      }
      throw error
    }
    ctx.session.flash('signedIn', `${input.name}，签到成功`)
    return ctx.response.redirect().back()
  }

  private refuse(ctx: HttpContext, status: number, message: string) {
    ctx.response.status(status)
    return ctx.inertia.render('briefing/sign_in', { meeting: null, signedIn: null, refusal: message })
  }
}
