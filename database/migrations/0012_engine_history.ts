import { BaseSchema } from '@adonisjs/lucid/schema'
import { createHistoryTables, dropHistoryTables } from '#engine'

/** The engine's history (activities, tasks, variables); the engine owns the tables' shape. */
export default class extends BaseSchema {
  async up() {
    createHistoryTables(this.schema)
  }

  async down() {
    dropHistoryTables(this.schema)
  }
}
