import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * One tree for every body: 省住建厅 → 市住建局 → 县(区)住建局, each with its
 * quality and safety station as children, plus enterprises (at the root or
 * under the authority that registered them). `path` ("/1/4/17/") makes
 * "this body and everything below it" one indexed prefix match.
 */
export default class extends BaseSchema {
  protected tableName = 'organizations'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('parent_id').unsigned().nullable().references('id').inTable('organizations')
      table.string('kind', 32).notNullable()
      table.string('level', 16).nullable()
      table.string('name', 128).notNullable()
      table.string('region_code', 6).nullable()
      table.string('credit_code', 18).nullable().unique()
      table.string('enterprise_type', 32).nullable()
      table.string('path', 255).notNullable().defaultTo('/')
      table.string('contact_phone', 20).nullable()
      table.dateTime('created_at').notNullable()
      table.dateTime('updated_at').nullable()
      table.index(['path'])
      table.index(['kind'])
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
