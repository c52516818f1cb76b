import { BaseSchema } from '@adonisjs/lucid/schema'

export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.integer('organization_id').unsigned().notNullable().references('id').inTable('organizations')
      // stored lower-case: user names are unique regardless of case (GB/T 22239 身份鉴别 a)
      table.string('username', 64).notNullable().unique()
      table.string('full_name', 64).notNullable()
      table.string('mobile', 20).nullable()
      table.string('id_card_no', 18).nullable()
      table.string('password', 255).notNullable()
      table.boolean('must_change_password').notNullable().defaultTo(true)
      table.dateTime('password_changed_at').nullable()
      table.integer('failed_login_count').notNullable().defaultTo(0)
      table.dateTime('locked_until').nullable()
      table.dateTime('last_login_at').nullable()
      table.boolean('is_active').notNullable().defaultTo(true)
      table.dateTime('created_at').notNullable()
      table.dateTime('updated_at').nullable()
      table.index(['organization_id'])
    })

    this.schema.createTable('password_histories', (table) => {
      table.increments('id')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('password_hash', 255).notNullable()
      table.dateTime('created_at').notNullable()
      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable('password_histories')
    this.schema.dropTable(this.tableName)
  }
}
