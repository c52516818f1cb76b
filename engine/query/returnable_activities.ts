import type { Knex } from 'knex'
import { NotFoundError } from '../errors.js'
import type { ProcessModel } from '../model/process_model.js'
import { parseBpmn } from '../parser/parse_bpmn.js'
import { returnTargets } from '../runtime/return_rules.js'
import { completedUserTasks } from '../store/completed_tasks.js'
import { SUBTASK_DEFINITION_KEY, type TaskRow } from '../store/rows.js'

/** Parsed models by definition id; a deployed definition never changes, so they are parsed once per process. */
const models = new Map<string, Promise<ProcessModel>>()

function modelOf(knex: Knex, definitionId: string): Promise<ProcessModel> {
  let model = models.get(definitionId)
  if (!model) {
    model = knex('engine_process_definitions')
      .where('id', definitionId)
      .first()
      .then(async (row) => (await parseBpmn(row.xml)).find((m) => m.key === row.key)!)
    model.catch(() => models.delete(definitionId))
    models.set(definitionId, model)
  }
  return model
}

/** The earlier user tasks an open task may be returned to (退回), with the same rules `returnToActivity` applies. */
export async function returnableActivities(knex: Knex, taskId: string): Promise<{ activityId: string; name: string | null }[]> {
  const task = (await knex('engine_tasks').where('id', taskId).first()) as TaskRow | undefined
  if (!task) throw new NotFoundError(`No matching task with id ${taskId}`)
  const execution = await knex('engine_executions').where('id', task.execution_id).first()
  const inScope = knex('engine_executions').where('process_instance_id', task.process_instance_id)
  if (execution?.parent_id) inScope.where('parent_id', execution.parent_id)
  else inScope.whereNull('parent_id')
  const [{ count }] = await inScope.count({ count: '*' })
  const [{ subtasks }] = await knex('engine_tasks').where('parent_task_id', task.id).count({ subtasks: '*' })
  return returnTargets({
    model: await modelOf(knex, task.process_definition_id),
    activityId: task.task_definition_key === SUBTASK_DEFINITION_KEY ? null : task.task_definition_key,
    executionKind: execution?.kind ?? 'token',
    executionsInScope: Number(count),
    openSubtasks: Number(subtasks),
    completed: await completedUserTasks(knex, task.process_instance_id),
  })
}
