import { BaseSchema } from '@adonisjs/lucid/schema'

/** People of enterprises and stations (not accounts) and their certificates. */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('personnel', (table) => {
      table.increments('id')
      table.integer('organization_id').unsigned().notNullable().references('id').inTable('organizations')
      table.string('full_name', 64).notNullable()
      table.string('id_card_no', 18).notNullable().unique()
      table.string('mobile', 20).nullable()
      table.string('position', 64).nullable()
      table.dateTime('created_at').notNullable()
      table.dateTime('updated_at').nullable()
      table.index(['organization_id'])
    })

    this.schema.createTable('certificates', (table) => {
      table.increments('id')
      table.integer('personnel_id').unsigned().notNullable().references('id').inTable('personnel').onDelete('CASCADE')
      table.string('kind', 32).notNullable()
      table.string('number', 64).notNullable()
      table.date('issued_on').notNullable()
      table.date('expires_on').nullable()
      table.unique(['kind', 'number'])
    })
  }

  async down() {
    this.schema.dropTable('certificates')
    this.schema.dropTable('personnel')
  }
}
