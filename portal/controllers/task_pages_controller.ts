import type { HttpContext } from '@adonisjs/core/http'
import { taskView } from '#services/inbox/task_view'
import { readerOf } from '#services/forms/reader'

/** 任务办理 page: the case, its forms, attachments, diagram and history, and the actions the caller may take. */
export default class TaskPagesController {
  async show(ctx: HttpContext) {
    return ctx.inertia.render('tasks/show', { view: await taskView(ctx.params.id, await readerOf(ctx)) as unknown as Record<string, unknown> })
  }
}
