import type { Knex } from 'knex'

/**
 * Every file of a deployment (BPMN, forms, document templates, anything
 * else), kept byte for byte: a running instance finds the resources of the
 * version it started with. A separate function from createEngineTables so
 * that databases created before it gain the table by a later migration.
 */
export function createResourceTables(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema.createTable('engine_resources', (table) => {
    table.string('id', 36).primary()
    table.string('deployment_id', 36).notNullable().references('id').inTable('engine_deployments').onDelete('CASCADE')
    table.string('name', 255).notNullable()
    table.string('checksum', 64).notNullable()
    // MEDIUMBLOB on MySQL (16 MiB; BLOB stops at 64 KiB); SQLite takes any type name and keeps the bytes
    table.specificType('content', 'mediumblob').notNullable()
    table.unique(['deployment_id', 'name'])
    table.index(['name'])
  })
}

/** Drops the resource table (before dropEngineTables: it refers to engine_deployments). */
export function dropResourceTables(schema: Knex.SchemaBuilder): Knex.SchemaBuilder {
  return schema.dropTableIfExists('engine_resources')
}
