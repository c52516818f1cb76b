import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Finished uploads (attachments, photos, signatures). The id is the tus
 * upload id, so a client that only saw its upload URL can still name the
 * file. `project_id` (optional, checked at creation) lets people whose data
 * scope covers the project download it besides the owner. `rendition_key`
 * is the downscaled copy of an image that documents embed.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('uploads', (table) => {
      table.string('id', 64).primary()
      table.integer('owner_id').unsigned().notNullable().references('id').inTable('users')
      table.integer('project_id').unsigned().nullable().references('id').inTable('projects')
      table.string('form_key', 100).notNullable()
      table.string('field_path', 200).notNullable()
      table.string('name', 255).notNullable()
      table.string('mime', 100).notNullable()
      table.bigInteger('size').unsigned().notNullable()
      table.string('sha256', 64).notNullable()
      table.string('storage_key', 255).notNullable()
      table.string('rendition_key', 255).nullable()
      table.dateTime('created_at').notNullable()
      table.index(['owner_id', 'created_at'])
      table.index(['project_id'])
      table.index(['sha256'])
    })
  }

  async down() {
    this.schema.dropTable('uploads')
  }
}
