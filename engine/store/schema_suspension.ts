import type { Knex } from 'knex'

/** The rows that carry a suspension state of their own, as Camunda's SUSPENSION_STATE_ columns. */
const SUSPENDABLE = ['engine_process_definitions', 'engine_process_instances', 'engine_tasks', 'engine_external_tasks', 'engine_jobs'] as const

/**
 * Suspension (Camunda's suspend/activate of a process definition and its
 * instances). The state is copied onto tasks, external tasks and jobs, as
 * Camunda does, so fetchAndLock and job acquisition skip them with no join.
 * Run by migration 0022.
 */
export function addSuspensionColumns(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  for (const name of SUSPENDABLE) {
    schema.alterTable(name, (table) => {
      table.boolean('suspended').notNullable().defaultTo(false)
    })
  }
  return schema
}

/**
 * Undoes `addSuspensionColumns`. Plain DROP COLUMN (SQLite has it since 3.35):
 * knex's SQLite way copies the table, which other tables' foreign keys forbid.
 */
export function dropSuspensionColumns(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  for (const name of [...SUSPENDABLE].reverse()) schema.raw(`ALTER TABLE ${name} DROP COLUMN suspended`)
  return schema
}
