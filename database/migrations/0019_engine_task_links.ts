import { BaseSchema } from '@adonisjs/lucid/schema'
import { addTaskLinks, dropTaskLinks, holdersOf, UNDATED } from '#engine'

/**
 * The engine owns its tables' shape; this migration runs the addition the
 * inbox's index needs (task links, instance tenants) and fills them for what
 * is already running: a case's instance gets its jurisdiction as tenant, as
 * starting a case now does.
 */
export default class extends BaseSchema {
  async up() {
    addTaskLinks(this.schema)
    this.defer(async (db) => {
      const cases = await db.from('process_cases').select('process_instance_id', 'scope_path')
      if (cases.length) await db.table('engine_instance_tenants').multiInsert(cases.map((c) => ({ process_instance_id: c.process_instance_id, tenant_id: c.scope_path })))
      const tenants = new Map(cases.map((c) => [c.process_instance_id, c.scope_path]))
      const tasks = await db.from('engine_tasks').select('id', 'process_instance_id', 'assignee', 'candidate_users', 'candidate_groups', 'due_at')
      const links = tasks.flatMap((task) => holdersOf(task).map((holder) => ({ holder, tenant_id: tenants.get(task.process_instance_id) ?? '', due_key: task.due_at === null ? UNDATED : Number(task.due_at), task_id: task.id })))
      for (let i = 0; i < links.length; i += 500) await db.table('engine_task_links').multiInsert(links.slice(i, i + 500))
    })
  }

  async down() {
    dropTaskLinks(this.schema)
  }
}
