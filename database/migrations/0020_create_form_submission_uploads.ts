import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Which uploads a submitted form references. An upload belongs to its owner
 * until a submission carries it into a case; from then on whoever may see the
 * case may open it (the station reviewing a filing opens the 施工许可证 the
 * enterprise uploaded before any project existed).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('form_submission_uploads', (table) => {
      table.integer('submission_id').unsigned().notNullable().references('id').inTable('form_submissions').onDelete('CASCADE')
      table.string('upload_id', 64).notNullable().references('id').inTable('uploads').onDelete('CASCADE')
      table.primary(['submission_id', 'upload_id'])
      table.index(['upload_id'])
    })
  }

  async down() {
    this.schema.dropTable('form_submission_uploads')
  }
}
