import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import { BadRequestError, createSubtask } from '#engine'
import { appEngine } from '#services/engine/engine'

const text = (max: number) => vine.string().trim().maxLength(max).optional().nullable()

/** Camunda's TaskDto as POST /task/create takes it, the fields a subtask (加签) uses. */
const createTaskBody = vine.create({
  id: text(36),
  name: text(255),
  description: text(4000),
  assignee: text(64),
  parentTaskId: text(36),
  formKey: text(255),
})

/** POST /engine-rest/task/create: 加签, a subtask of an open task (Camunda's TaskService.newTask with parentTaskId). */
export default class SubtasksController {
  /** Answers 204 as Camunda does; the subtask is found by GET /task?parentTaskId=… or by the id the caller chose. */
  async store({ request, response }: HttpContext) {
    const body = await request.validateUsing(createTaskBody)
    // our tasks belong to process instances: a task of its own has no execution to sit on
    if (!body.parentTaskId) throw new BadRequestError('只支持加签子任务：parentTaskId 必填 (only subtasks can be created; parentTaskId is required)')
    const { parentTaskId, name = null, assignee = null, description, formKey, id } = body
    await appEngine().execute(createSubtask, { parentTaskId, name, assignee, description, formKey, id })
    return response.noContent()
  }
}
