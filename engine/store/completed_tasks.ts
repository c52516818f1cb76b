import type { Knex } from 'knex'

/** The user tasks (element ids) completed in an instance so far, in the order each was first completed. */
export async function completedUserTasks(knex: Knex, instanceId: string): Promise<Set<string>> {
  const rows = (await knex('engine_hist_tasks')
    .where({ process_instance_id: instanceId, delete_reason: 'completed' })
    .whereNull('parent_task_id')
    .groupBy('task_definition_key')
    .select('task_definition_key')
    .min({ first_ended_at: 'ended_at' })
    .orderBy('first_ended_at')) as { task_definition_key: string }[]
  return new Set(rows.map((row) => row.task_definition_key))
}
