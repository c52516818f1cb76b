import type { HttpContext } from '@adonisjs/core/http'
import { taskView } from '#services/inbox/task_view'
import { colleaguesOfTask } from '#services/inbox/colleagues'
import { returnableSteps } from '#services/inbox/returnable_steps'
import { readerOf } from '#services/forms/reader'
import { accessOf, currentUser } from '#services/request_context'

/** A task as its page shows it, and whom it may be handed to. */
export default class TasksController {
  /** GET /api/tasks/:id: 404 unless the caller may see the task's case. */
  async show(ctx: HttpContext) {
    return taskView(ctx.params.id, await readerOf(ctx))
  }

  /** GET /api/tasks/:id/colleagues: the people 转办/委派/抄送 may name. */
  async colleagues(ctx: HttpContext) {
    return colleaguesOfTask(ctx.params.id, await accessOf(ctx), currentUser(ctx))
  }

  /** GET /api/tasks/:id/returnable-activities: the earlier steps 退回 may choose. */
  async returnable(ctx: HttpContext) {
    return returnableSteps(ctx.params.id, await accessOf(ctx))
  }
}
