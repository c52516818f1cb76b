import type { Knex } from 'knex'

/**
 * Who may work on each open user task, as rows an index can answer
 * (Camunda keeps identity links as rows for the same reason): one row per
 * holder (`a:<assignee>`, or while unassigned `u:<candidate user>` and
 * `g:<candidate group>`), with the instance's tenant and the task's due date,
 * so "my tasks in this jurisdiction, soonest due first" is one index range.
 * A task's rows go with it (ON DELETE CASCADE). The tenant of an instance is
 * kept beside it, set at start or later by its owner (the portal files a case
 * under the handling body's jurisdiction path). Run by migration 0019.
 */
export function addTaskLinks(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema
    .createTable('engine_instance_tenants', (table) => {
      table.string('process_instance_id', 36).primary().references('id').inTable('engine_process_instances').onDelete('CASCADE')
      table.string('tenant_id', 255).notNullable()
    })
    .createTable('engine_task_links', (table) => {
      table.string('holder', 128).notNullable()
      table.string('tenant_id', 255).notNullable()
      table.bigInteger('due_key').notNullable()
      table.string('task_id', 36).notNullable().references('id').inTable('engine_tasks').onDelete('CASCADE')
      table.primary(['holder', 'tenant_id', 'due_key', 'task_id'])
      table.index(['task_id', 'holder'])
    })
}

/** Undoes `addTaskLinks`. */
export function dropTaskLinks(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema.dropTable('engine_task_links').dropTable('engine_instance_tenants')
}
