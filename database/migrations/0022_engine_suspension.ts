import { BaseSchema } from '@adonisjs/lucid/schema'
import { addSuspensionColumns, dropSuspensionColumns } from '#engine'

/** The engine owns its tables' shape; this migration only runs the addition suspension (挂起/激活) needs. */
export default class extends BaseSchema {
  async up() {
    addSuspensionColumns(this.schema)
  }

  async down() {
    dropSuspensionColumns(this.schema)
  }
}
