import { BaseSchema } from '@adonisjs/lucid/schema'
import { createResourceTables, dropResourceTables } from '#engine'

/** Deployments keep all their files (engine_resources); the engine owns the table's shape. */
export default class extends BaseSchema {
  async up() {
    createResourceTables(this.schema)
  }

  async down() {
    dropResourceTables(this.schema)
  }
}
