import { BaseSchema } from '@adonisjs/lucid/schema'
import { addSubtaskColumns, dropSubtaskColumns } from '#engine'

/** The engine owns its tables' shape; this migration only runs the addition subtasks (加签) need. */
export default class extends BaseSchema {
  async up() {
    addSubtaskColumns(this.schema)
  }

  async down() {
    dropSubtaskColumns(this.schema)
  }
}
