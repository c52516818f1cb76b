import type { HttpContext } from '@adonisjs/core/http'
import { inboxQueryValidator } from '#validators/inbox'
import { inboxPage } from '#services/inbox/inbox'
import { inboxFilterOf } from '#services/inbox/inbox_list'
import { inboxSummary } from '#services/inbox/inbox_summary'
import { holderOf } from '#services/inbox/task_holders'
import { accessOf, currentUser } from '#services/request_context'

/** 待办/已办/抄送 lists and the bell's summary. */
export default class InboxController {
  /** GET /api/inbox?tab=todo|done|copies&… */
  async index(ctx: HttpContext) {
    const query = await ctx.request.validateUsing(inboxQueryValidator, { data: ctx.request.qs() })
    return inboxPage(query.tab ?? 'todo', inboxFilterOf(query), currentUser(ctx), await accessOf(ctx))
  }

  /** GET /api/inbox/summary: counts and the newest five, polled by the notification bell. */
  async summary(ctx: HttpContext) {
    return inboxSummary(await accessOf(ctx), await holderOf(currentUser(ctx)))
  }
}
