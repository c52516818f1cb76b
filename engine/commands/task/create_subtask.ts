import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import { findActiveTask } from './lookup.js'
import { SUBTASK_DEFINITION_KEY } from '../../store/rows.js'
import { writeTaskLinks } from '../../store/task_links.js'

export interface CreateSubtaskInput {
  parentTaskId: string
  name: string | null
  assignee: string | null
  description?: string | null
  formKey?: string | null
  /** Camunda lets the caller choose the id (TaskDto.id); otherwise one is made */
  id?: string | null
}

/**
 * 加签: adds a task that belongs to an open task (Camunda's subtask, a task
 * with parentTaskId). It sits on the parent's execution, so whatever ends
 * that execution (cancellation, an interrupting boundary event) ends it too;
 * completing it never moves the process, and the parent cannot be completed
 * while it is open.
 */
export const createSubtask = defineCommand('task.createSubtask', async (ctx, input: CreateSubtaskInput) => {
  const parent = await findActiveTask(ctx, input.parentTaskId)
  // the instance's lock orders this against the parent's completion, which counts open subtasks
  await InstanceRun.lock(ctx, parent.process_instance_id)
  const id = input.id ?? ctx.newId()
  if (input.id && (await ctx.trx('engine_hist_tasks').where('id', id).first())) throw new BadRequestError(`A task with id ${id} already exists`)
  const task = {
    id,
    process_instance_id: parent.process_instance_id,
    execution_id: parent.execution_id,
    process_definition_id: parent.process_definition_id,
    task_definition_key: SUBTASK_DEFINITION_KEY,
    parent_task_id: parent.id,
    name: input.name,
    description: input.description ?? null,
    assignee: input.assignee,
    priority: 50,
  }
  await ctx.trx('engine_tasks').insert({ ...task, form_key: input.formKey ?? null, created_at: ctx.now })
  await ctx.trx('engine_hist_tasks').insert({ ...task, started_at: ctx.now })
  await writeTaskLinks(ctx.trx, id)
  return { taskId: id }
})
