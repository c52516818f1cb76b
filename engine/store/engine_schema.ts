import type { Knex } from 'knex'
import { createHistoryTables, dropHistoryTables } from './history_schema.js'
import { createResourceTables, dropResourceTables } from './resource_schema.js'
import { addExecutionTree, createEngineTables, dropEngineTables } from './schema.js'
import { addSubtaskColumns } from './schema_subtasks.js'
import { addSuspensionColumns } from './schema_suspension.js'
import { addTaskDelegationColumns } from './schema_task_delegation.js'
import { addTaskLinks, dropTaskLinks } from './schema_task_links.js'

/**
 * The engine's schema steps in the order the migrations (0008–0012, 0017, 0019, 0022) run them.
 * Tools that build the tables without the app's migrator (the benchmark) run
 * them all here, so they never miss a later step.
 */
const STEPS: ((schema: Knex.SchemaBuilder) => Knex.SchemaBuilder)[] = [createEngineTables, addExecutionTree, addTaskDelegationColumns, createResourceTables, createHistoryTables, addSubtaskColumns, addTaskLinks, addSuspensionColumns]

export async function createAllEngineTables(knex: Knex): Promise<void> {
  for (const step of STEPS) await step(knex.schema)
}

/** Drops every engine table, the later ones (which refer to the first) first. */
export async function dropAllEngineTables(knex: Knex): Promise<void> {
  await dropTaskLinks(knex.schema)
  await dropHistoryTables(knex.schema)
  await dropResourceTables(knex.schema)
  await dropEngineTables(knex.schema)
}
