import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * 工程项目 and its 参建单位. `scope_path` copies the path of the authority
 * whose jurisdiction holds the project, so a data-scope filter is one
 * indexed prefix match instead of a join per request.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('projects', (table) => {
      table.increments('id')
      table.string('code', 32).notNullable().unique()
      table.string('name', 200).notNullable()
      table.string('category', 2).notNullable()
      table.string('region_code', 6).notNullable()
      table.string('address', 255).nullable()
      table.double('latitude').nullable()
      table.double('longitude').nullable()
      table.integer('authority_id').unsigned().notNullable().references('id').inTable('organizations')
      table.integer('quality_station_id').unsigned().nullable().references('id').inTable('organizations')
      table.integer('safety_station_id').unsigned().nullable().references('id').inTable('organizations')
      table.string('scope_path', 255).notNullable()
      table.string('status', 16).notNullable().defaultTo('filed')
      table.dateTime('created_at').notNullable()
      table.dateTime('updated_at').nullable()
      table.index(['scope_path', 'id'])
    })

    this.schema.createTable('project_parties', (table) => {
      table.increments('id')
      table.integer('project_id').unsigned().notNullable().references('id').inTable('projects').onDelete('CASCADE')
      table.integer('organization_id').unsigned().notNullable().references('id').inTable('organizations')
      table.string('role', 32).notNullable()
      table.unique(['project_id', 'role', 'organization_id'])
      table.index(['organization_id', 'project_id'])
    })
  }

  async down() {
    this.schema.dropTable('project_parties')
    this.schema.dropTable('projects')
  }
}
