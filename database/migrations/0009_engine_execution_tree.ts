import { BaseSchema } from '@adonisjs/lucid/schema'
import { addExecutionTree } from '#engine'

/** Sub-processes, multi-instance, call activities and local variables need the execution tree. */
export default class extends BaseSchema {
  async up() {
    addExecutionTree(this.schema)
  }

  async down() {
    this.schema.alterTable('engine_process_instances', (table) => {
      table.dropIndex(['super_execution_id'])
      table.dropIndex(['super_process_instance_id'])
      table.dropColumns('super_execution_id', 'super_process_instance_id')
    })
    this.schema.alterTable('engine_variables', (table) => {
      table.dropUnique(['scope_id', 'name'])
      table.unique(['process_instance_id', 'name'])
      table.dropColumn('scope_id')
    })
    this.schema.alterTable('engine_executions', (table) => {
      table.dropIndex(['parent_id'])
      table.dropColumns('parent_id', 'kind')
    })
  }
}
