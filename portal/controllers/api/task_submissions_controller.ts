import type { HttpContext } from '@adonisjs/core/http'
import { submitTaskValidator } from '#validators/forms'
import { submitTaskForm } from '#actions/forms/submit_task_form'
import { readerOf } from '#services/forms/reader'

/** 提交任务表单: validated, stored and the task completed together, or 422 and nothing changes. */
export default class TaskSubmissionsController {
  async store(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(submitTaskValidator)
    const submission = await submitTaskForm({ ...body, taskId: ctx.params.taskId }, await readerOf(ctx))
    return ctx.response.created(submission)
  }
}
