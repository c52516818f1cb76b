import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Roles are data. A permission is one action on one module; `duty` marks the
 * permissions that belong to one of the three administrators (三员), which
 * never meet on one role or one user.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('permissions', (table) => {
      table.increments('id')
      table.string('code', 64).notNullable().unique()
      table.string('module', 32).notNullable()
      table.string('action', 32).notNullable()
      table.string('name', 64).notNullable()
      table.string('duty', 16).nullable()
    })

    this.schema.createTable('roles', (table) => {
      table.increments('id')
      table.string('code', 64).notNullable().unique()
      table.string('name', 64).notNullable()
      table.string('description', 255).nullable()
      table.string('data_scope', 16).notNullable().defaultTo('none')
      table.boolean('is_builtin').notNullable().defaultTo(false)
      table.dateTime('created_at').notNullable()
      table.dateTime('updated_at').nullable()
    })

    this.schema.createTable('role_permissions', (table) => {
      table.integer('role_id').unsigned().notNullable().references('id').inTable('roles').onDelete('CASCADE')
      table.integer('permission_id').unsigned().notNullable().references('id').inTable('permissions').onDelete('CASCADE')
      table.primary(['role_id', 'permission_id'])
    })

    this.schema.createTable('user_roles', (table) => {
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.integer('role_id').unsigned().notNullable().references('id').inTable('roles').onDelete('CASCADE')
      table.primary(['user_id', 'role_id'])
    })
  }

  async down() {
    this.schema.dropTable('user_roles')
    this.schema.dropTable('role_permissions')
    this.schema.dropTable('roles')
    this.schema.dropTable('permissions')
  }
}
