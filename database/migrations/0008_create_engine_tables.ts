import { BaseSchema } from '@adonisjs/lucid/schema'
import { createEngineTables, dropEngineTables } from '#engine'

/** The engine owns its tables' shape; this migration only runs it. */
export default class extends BaseSchema {
  async up() {
    createEngineTables(this.schema)
  }

  async down() {
    dropEngineTables(this.schema)
  }
}
