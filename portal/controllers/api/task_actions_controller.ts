import type { HttpContext } from '@adonisjs/core/http'
import { TASK_ACTIONS } from '#actions/tasks/index'
import { readerOf } from '#services/forms/reader'
import { TaskGoneError } from '#exceptions/tasks'

/** POST /api/tasks/:id/actions/:action: 通过、驳回、转办、委派、归还、认领、取消认领、抄送 … one table, one transaction each. */
export default class TaskActionsController {
  async store(ctx: HttpContext) {
    const action = Object.hasOwn(TASK_ACTIONS, ctx.params.action) ? TASK_ACTIONS[ctx.params.action] : null
    if (!action) throw new TaskGoneError(ctx.params.id)
    const body = await ctx.request.validateUsing(action.validator)
    return action.handle(ctx.params.id, body as never, await readerOf(ctx))
  }
}
