import type { HttpContext } from '@adonisjs/core/http'
import { markInboxSeen } from '#services/inbox/inbox_summary'
import { currentUser } from '#services/request_context'

/** 我的待办 page: the lists load from /api/inbox; opening the page means what is open is no longer new. */
export default class InboxPagesController {
  async show(ctx: HttpContext) {
    await markInboxSeen(currentUser(ctx).id)
    return ctx.inertia.render('inbox/index', {})
  }
}
