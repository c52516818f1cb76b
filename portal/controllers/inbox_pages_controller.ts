import type { HttpContext } from '@adonisjs/core/http'
import { markInboxSeen } from '#services/inbox/inbox_summary'
import { currentUser } from '#services/request_context'

/** 我的待办 page: the lists load from /api/inbox; opening the page means what is open is no longer new. */
export default class InboxPagesController {
  async show(ctx: HttpContext) {
    await markInboxSeen(currentUser(ctx).id)
    // the bell links straight to a tab (?tab=copies); anything else opens 待办
    const tab = ['todo', 'done', 'copies'].includes(ctx.request.qs().tab) ? ctx.request.qs().tab : 'todo'
    return ctx.inertia.render('inbox/index', { tab })
  }
}
