import type { Knex } from 'knex'

/**
 * Subtasks (加签, Camunda's parentTaskId): a task can belong to another
 * task, and carries a description. History keeps both, so a finished
 * co-signature still shows whose task it was added to. Run by migration
 * 0017, after `createHistoryTables`.
 */
export function addSubtaskColumns(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema
    .alterTable('engine_tasks', (table) => {
      table.string('parent_task_id', 36).nullable()
      table.text('description').nullable()
      table.index(['parent_task_id'])
    })
    .alterTable('engine_hist_tasks', (table) => {
      table.string('parent_task_id', 36).nullable()
      table.text('description').nullable()
    })
}

/** Undoes `addSubtaskColumns`. */
export function dropSubtaskColumns(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema
    .alterTable('engine_hist_tasks', (table) => {
      table.dropColumn('description')
      table.dropColumn('parent_task_id')
    })
    .alterTable('engine_tasks', (table) => {
      table.dropIndex(['parent_task_id'])
      table.dropColumn('description')
      table.dropColumn('parent_task_id')
    })
}
