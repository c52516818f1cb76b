import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The inbox reads every open task of the caller's cases to count and order
 * the ones he holds. On SQLite this index holds all it needs (instance, due
 * date, assignee, candidate lists, id), so neither the count nor the page
 * touches the table rows: about half the time per request (bench/RESULTS.md).
 * MySQL cannot index whole TEXT columns, so there the 0016 index serves.
 */
export default class extends BaseSchema {
  async up() {
    if (this.db.dialect.name === 'mysql') return
    this.schema.alterTable('engine_tasks', (table) => {
      table.index(['process_instance_id', 'due_at', 'assignee', 'candidate_groups', 'candidate_users', 'id'], 'engine_tasks_inbox_index')
    })
  }

  async down() {
    if (this.db.dialect.name === 'mysql') return
    this.schema.alterTable('engine_tasks', (table) => {
      table.dropIndex([], 'engine_tasks_inbox_index')
    })
  }
}
