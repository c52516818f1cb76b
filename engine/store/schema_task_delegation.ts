import type { Knex } from 'knex'

/**
 * Columns added after the engine's first tables, for the REST resources that
 * came later: a user task's delegation state (Camunda's PENDING / RESOLVED).
 * Run by migration 0010, after `createEngineTables`.
 */
export function addTaskDelegationColumns(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema.alterTable('engine_tasks', (table) => {
    table.string('delegation_state', 16).nullable()
  })
}

/** Undoes `addTaskDelegationColumns`. */
export function dropTaskDelegationColumns(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema.alterTable('engine_tasks', (table) => {
    table.dropColumn('delegation_state')
  })
}
