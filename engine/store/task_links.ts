import type { Knex } from 'knex'
import { readCandidates } from './candidate_lists.js'

/** The due key of a task without a due date: after every real date, so undated tasks sort last. */
export const UNDATED = 9_000_000_000_000_000

/** The holders of a task row: its assignee alone, or while unassigned its candidate users and groups. */
export function holdersOf(task: { assignee: string | null; candidate_users: string | null; candidate_groups: string | null }): string[] {
  if (task.assignee) return [`a:${task.assignee}`]
  return [...new Set([...readCandidates(task.candidate_users).map((user) => `u:${user}`), ...readCandidates(task.candidate_groups).map((group) => `g:${group}`)])]
}

/** Rewrites one task's link rows from its row as it now stands (none once it is gone). */
export async function writeTaskLinks(trx: Knex, taskId: string): Promise<void> {
  await trx('engine_task_links').where('task_id', taskId).delete()
  const task = await trx('engine_tasks').where('id', taskId).first()
  if (!task) return
  const tenant = await trx('engine_instance_tenants').where('process_instance_id', task.process_instance_id).first()
  const rows = holdersOf(task).map((holder) => ({ holder, tenant_id: tenant?.tenant_id ?? '', due_key: task.due_at === null ? UNDATED : Number(task.due_at), task_id: task.id }))
  if (rows.length) await trx('engine_task_links').insert(rows)
}

/** Sets an instance's tenant and moves its open tasks' links under it. */
export async function writeInstanceTenant(trx: Knex, processInstanceId: string, tenantId: string): Promise<void> {
  await trx('engine_instance_tenants').where('process_instance_id', processInstanceId).delete()
  await trx('engine_instance_tenants').insert({ process_instance_id: processInstanceId, tenant_id: tenantId })
  const tasks = await trx('engine_tasks').where('process_instance_id', processInstanceId).select('id')
  for (const { id } of tasks) await writeTaskLinks(trx, id)
}
