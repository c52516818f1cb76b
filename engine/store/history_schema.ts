import type { Knex } from 'knex'

/**
 * What happened, kept after the runtime rows are gone: every activity an
 * execution passed (with start, end and whether it was cancelled), every
 * user task (with its end and why), and every variable's latest value, local
 * ones included. Rows go with their process instance.
 */
export function createHistoryTables(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  const instance = (table: Knex.CreateTableBuilder) =>
    table.string('process_instance_id', 36).notNullable().references('id').inTable('engine_process_instances').onDelete('CASCADE')
  return schema
    .createTable('engine_hist_activities', (table) => {
      table.string('id', 36).primary()
      instance(table)
      table.string('process_definition_id', 100).notNullable()
      table.string('execution_id', 36).notNullable()
      table.string('activity_id', 64).notNullable()
      table.string('activity_name', 255).nullable()
      table.string('activity_type', 32).notNullable()
      table.string('task_id', 36).nullable()
      table.string('called_process_instance_id', 36).nullable()
      table.bigInteger('started_at').notNullable()
      table.bigInteger('ended_at').nullable()
      table.boolean('canceled').notNullable().defaultTo(false)
      // the order of activities that share a time (a command's steps share its `now`, and a controlled clock may stand still)
      table.bigInteger('sequence').notNullable()
      table.index(['process_instance_id', 'started_at'])
      table.index(['execution_id'])
    })
    .createTable('engine_hist_tasks', (table) => {
      table.string('id', 36).primary()
      instance(table)
      table.string('process_definition_id', 100).notNullable()
      table.string('execution_id', 36).notNullable()
      table.string('task_definition_key', 64).notNullable()
      table.string('name', 255).nullable()
      table.string('assignee', 64).nullable()
      table.string('owner', 64).nullable()
      table.integer('priority').notNullable().defaultTo(50)
      table.bigInteger('due_at').nullable()
      table.bigInteger('follow_up_at').nullable()
      table.bigInteger('started_at').notNullable()
      table.bigInteger('ended_at').nullable()
      // completed | deleted (cancelled with its activity or instance)
      table.string('delete_reason', 32).nullable()
      table.index(['process_instance_id'])
      table.index(['assignee'])
    })
    .createTable('engine_hist_variables', (table) => {
      table.increments('id')
      instance(table)
      table.string('scope_id', 36).notNullable()
      table.string('name', 128).notNullable()
      table.string('type', 16).notNullable()
      table.text('value', 'mediumtext').nullable()
      table.bigInteger('created_at').notNullable()
      table.bigInteger('updated_at').notNullable()
      table.unique(['scope_id', 'name'])
      table.index(['process_instance_id'])
    })
}

export function dropHistoryTables(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  for (const table of ['engine_hist_variables', 'engine_hist_tasks', 'engine_hist_activities']) schema.dropTableIfExists(table)
  return schema
}
