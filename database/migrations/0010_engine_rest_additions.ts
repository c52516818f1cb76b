import { BaseSchema } from '@adonisjs/lucid/schema'
import { addTaskDelegationColumns, dropTaskDelegationColumns } from '#engine'

/** The engine owns its tables' shape; this migration only runs the additions the later REST resources need. */
export default class extends BaseSchema {
  async up() {
    addTaskDelegationColumns(this.schema)
  }

  async down() {
    dropTaskDelegationColumns(this.schema)
  }
}
