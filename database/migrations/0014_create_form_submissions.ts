import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Form data: 数据字典 that schemas name (`x-data-source`), and submissions
 * with every revision kept. A submission records the exact schema version it
 * was checked against (the deployment and the resource's SHA-256), so a later
 * redeploy never changes how an old record reads. Values are JSON text whose
 * sensitive fields (身份证号) are encrypted one by one (see
 * portal/services/forms/sensitive_fields.ts).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('form_dictionaries', (table) => {
      table.increments('id')
      table.string('name', 64).notNullable().unique()
      table.string('title', 100).notNullable()
      table.string('description', 255).nullable()
      table.dateTime('created_at').notNullable()
      table.dateTime('updated_at').nullable()
    })

    this.schema.createTable('form_dictionary_items', (table) => {
      table.increments('id')
      table.integer('dictionary_id').unsigned().notNullable().references('id').inTable('form_dictionaries').onDelete('CASCADE')
      table.string('value', 64).notNullable()
      table.string('label', 100).notNullable()
      table.integer('sort_order').notNullable().defaultTo(0)
      table.boolean('is_enabled').notNullable().defaultTo(true)
      table.unique(['dictionary_id', 'value'])
    })

    this.schema.createTable('form_submissions', (table) => {
      table.increments('id')
      table.string('form_key', 255).notNullable()
      table.string('deployment_id', 36).notNullable()
      table.string('schema_checksum', 64).notNullable()
      table.string('status', 16).notNullable()
      table.integer('author_id').unsigned().notNullable().references('id').inTable('users')
      table.string('task_id', 36).nullable()
      table.string('task_definition_key', 255).nullable()
      table.string('process_instance_id', 36).nullable()
      table.integer('project_id').unsigned().nullable().references('id').inTable('projects')
      table.integer('revision').notNullable().defaultTo(1)
      table.text('value', 'mediumtext').notNullable()
      table.dateTime('created_at').notNullable()
      table.dateTime('updated_at').nullable()
      table.dateTime('submitted_at').nullable()
      table.index(['author_id', 'status', 'id'])
      table.index(['process_instance_id', 'id'])
      table.index(['task_id'])
      table.index(['project_id'])
    })

    this.schema.createTable('form_submission_revisions', (table) => {
      table.increments('id')
      table.integer('submission_id').unsigned().notNullable().references('id').inTable('form_submissions').onDelete('CASCADE')
      table.integer('revision').notNullable()
      table.string('status', 16).notNullable()
      table.text('value', 'mediumtext').notNullable()
      table.integer('changed_by').unsigned().notNullable().references('id').inTable('users')
      table.dateTime('changed_at').notNullable()
      table.unique(['submission_id', 'revision'])
    })
  }

  async down() {
    this.schema.dropTable('form_submission_revisions')
    this.schema.dropTable('form_submissions')
    this.schema.dropTable('form_dictionary_items')
    this.schema.dropTable('form_dictionaries')
  }
}
