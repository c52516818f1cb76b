import type { Knex } from 'knex'

/**
 * The engine's tables. Times are epoch milliseconds from the engine clock
 * (BIGINT), so SQLite and MySQL compare them alike and tests can move time.
 * `rev` on the process instance is the optimistic lock every command takes.
 */
export function createEngineTables(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema
    .createTable('engine_deployments', (table) => {
      table.string('id', 36).primary()
      table.string('name', 128).notNullable()
      table.string('source', 64).nullable()
      table.bigInteger('deployed_at').notNullable()
    })
    .createTable('engine_process_definitions', (table) => {
      table.string('id', 100).primary()
      table.string('key', 64).notNullable()
      table.string('name', 128).nullable()
      table.integer('version').notNullable()
      table.string('deployment_id', 36).notNullable().references('id').inTable('engine_deployments').onDelete('CASCADE')
      table.string('resource_name', 255).notNullable()
      table.string('checksum', 64).notNullable()
      table.text('xml', 'mediumtext').notNullable()
      table.unique(['key', 'version'])
    })
    .createTable('engine_process_instances', (table) => {
      table.string('id', 36).primary()
      table.string('definition_id', 100).notNullable().references('id').inTable('engine_process_definitions')
      table.string('definition_key', 64).notNullable()
      table.string('business_key', 255).nullable()
      table.string('state', 16).notNullable()
      table.bigInteger('started_at').notNullable()
      table.bigInteger('ended_at').nullable()
      table.integer('rev').notNullable().defaultTo(1)
      table.index(['definition_key', 'state'])
      table.index(['business_key'])
    })
    .createTable('engine_executions', (table) => {
      table.string('id', 36).primary()
      table.string('process_instance_id', 36).notNullable().references('id').inTable('engine_process_instances').onDelete('CASCADE')
      table.string('activity_id', 64).notNullable()
      // waiting: at a task; joining: arrived at a parallel join, waiting for its siblings
      table.string('state', 16).notNullable()
      table.bigInteger('created_at').notNullable()
      table.index(['process_instance_id', 'activity_id'])
    })
    .createTable('engine_variables', (table) => {
      table.increments('id')
      table.string('process_instance_id', 36).notNullable().references('id').inTable('engine_process_instances').onDelete('CASCADE')
      table.string('name', 128).notNullable()
      table.string('type', 16).notNullable()
      table.text('value', 'mediumtext').nullable()
      table.unique(['process_instance_id', 'name'])
    })
    .createTable('engine_tasks', (table) => {
      table.string('id', 36).primary()
      table.string('process_instance_id', 36).notNullable().references('id').inTable('engine_process_instances').onDelete('CASCADE')
      table.string('execution_id', 36).notNullable()
      table.string('process_definition_id', 100).notNullable()
      table.string('task_definition_key', 64).notNullable()
      table.string('name', 255).nullable()
      table.string('assignee', 64).nullable()
      table.string('owner', 64).nullable()
      table.text('candidate_users').nullable()
      table.text('candidate_groups').nullable()
      table.string('form_key', 255).nullable()
      table.integer('priority').notNullable().defaultTo(50)
      table.bigInteger('due_at').nullable()
      table.bigInteger('follow_up_at').nullable()
      table.bigInteger('created_at').notNullable()
      table.index(['assignee'])
      table.index(['process_instance_id'])
    })
    .createTable('engine_external_tasks', (table) => {
      table.string('id', 36).primary()
      table.string('process_instance_id', 36).notNullable().references('id').inTable('engine_process_instances').onDelete('CASCADE')
      table.string('execution_id', 36).notNullable()
      table.string('process_definition_id', 100).notNullable()
      table.string('process_definition_key', 64).notNullable()
      table.string('activity_id', 64).notNullable()
      table.string('business_key', 255).nullable()
      table.string('topic', 128).notNullable()
      table.string('worker_id', 255).nullable()
      table.bigInteger('lock_expires_at').nullable()
      table.integer('retries').nullable()
      table.text('error_message').nullable()
      table.text('error_details', 'mediumtext').nullable()
      table.bigInteger('priority').notNullable().defaultTo(0)
      table.bigInteger('created_at').notNullable()
      table.integer('rev').notNullable().defaultTo(1)
      table.index(['topic', 'priority', 'created_at'])
    })
    .createTable('engine_jobs', (table) => {
      table.string('id', 36).primary()
      table.string('type', 16).notNullable()
      // null for timer start events: those belong to the newest definition of a key
      table.string('process_instance_id', 36).nullable().references('id').inTable('engine_process_instances').onDelete('CASCADE')
      table.string('process_definition_id', 100).nullable()
      // the token the job belongs to: waiting at a timer, or at the activity a boundary timer sits on
      table.string('execution_id', 36).nullable()
      table.string('activity_id', 64).notNullable()
      table.string('timer_kind', 16).nullable()
      table.string('timer_value', 255).nullable()
      table.integer('fired').notNullable().defaultTo(0)
      table.bigInteger('due_at').notNullable()
      table.string('lock_owner', 128).nullable()
      table.bigInteger('lock_expires_at').nullable()
      table.integer('retries').notNullable().defaultTo(3)
      table.text('exception_message').nullable()
      table.bigInteger('created_at').notNullable()
      table.integer('rev').notNullable().defaultTo(1)
      table.index(['due_at'])
      table.index(['execution_id'])
    })
    .createTable('engine_event_subscriptions', (table) => {
      table.string('id', 36).primary()
      table.string('type', 16).notNullable()
      table.string('event_name', 255).notNullable()
      // null for message start events: those belong to the latest definition of a key
      table.string('process_instance_id', 36).nullable().references('id').inTable('engine_process_instances').onDelete('CASCADE')
      table.string('execution_id', 36).nullable()
      table.string('activity_id', 64).notNullable()
      table.string('process_definition_id', 100).notNullable()
      table.bigInteger('created_at').notNullable()
      table.index(['type', 'event_name'])
      table.index(['execution_id'])
    })
    .createTable('engine_incidents', (table) => {
      table.string('id', 36).primary()
      table.string('type', 32).notNullable()
      // null when a timer start event's job failed: there is no instance yet
      table.string('process_instance_id', 36).nullable().references('id').inTable('engine_process_instances').onDelete('CASCADE')
      table.string('activity_id', 64).notNullable()
      table.string('configuration', 36).nullable()
      table.text('message').nullable()
      table.bigInteger('created_at').notNullable()
    })
}

/** Drops the engine's tables, children first. */
export function dropEngineTables(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  for (const table of ['engine_incidents', 'engine_event_subscriptions', 'engine_jobs', 'engine_external_tasks', 'engine_tasks', 'engine_variables', 'engine_executions', 'engine_process_instances', 'engine_process_definitions', 'engine_deployments']) {
    schema.dropTableIfExists(table)
  }
  return schema
}

/**
 * The execution tree (second schema step): executions nest in sub-processes
 * and multi-instance bodies, variables belong to a scope (the instance's id
 * for process-level ones), and a called instance knows the execution that
 * called it.
 */
export function addExecutionTree(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema
    .alterTable('engine_executions', (table) => {
      // null: directly in the process instance's scope
      table.string('parent_id', 36).nullable()
      // token | miBody (a multi-instance activity's body) | miInner (one of its instances)
      table.string('kind', 16).notNullable().defaultTo('token')
      table.index(['parent_id'])
    })
    .alterTable('engine_variables', (table) => {
      table.string('scope_id', 36).nullable()
      table.index(['process_instance_id'])
    })
    .raw('UPDATE engine_variables SET scope_id = process_instance_id')
    .alterTable('engine_variables', (table) => {
      table.dropUnique(['process_instance_id', 'name'])
      table.unique(['scope_id', 'name'])
    })
    .alterTable('engine_process_instances', (table) => {
      table.string('super_execution_id', 36).nullable()
      table.string('super_process_instance_id', 36).nullable()
      table.index(['super_execution_id'])
      table.index(['super_process_instance_id'])
    })
}
