import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Definitions being designed in the portal: a draft is a definition folder
 * (its name is the folder's, and the deployment's) kept file by file until
 * an administrator deploys it. Deploying copies the files into an engine
 * deployment; the draft stays for the next version.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('definition_drafts', (table) => {
      table.increments('id')
      table.string('name', 64).notNullable().unique()
      table.string('title', 100).notNullable()
      table.integer('created_by').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      table.integer('updated_by').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at').notNullable()
      table.timestamp('updated_at').notNullable()
    })
    this.schema.createTable('definition_draft_files', (table) => {
      table.integer('draft_id').unsigned().notNullable().references('id').inTable('definition_drafts').onDelete('CASCADE')
      table.string('path', 160).notNullable()
      table.text('content', 'longtext').notNullable()
      table.timestamp('updated_at').notNullable()
      table.primary(['draft_id', 'path'])
    })
  }

  async down() {
    this.schema.dropTable('definition_draft_files')
    this.schema.dropTable('definition_drafts')
  }
}
