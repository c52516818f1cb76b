import db from '@adonisjs/lucid/services/db'
import clock from '#services/clock'

/** An open user task, as the case and project pages show it. */
export interface OpenTask {
  taskId: string
  name: string
  processInstanceId: string
  /** who holds it: the assignee's name, else the candidate roles and users */
  holders: string[]
  dueAt: string | null
  overdue: boolean
  /** the viewer holds it (assignee, candidate user, or one of their roles is a candidate group) */
  isMine: boolean
}

const splitList = (list: string | null) => (list ?? '').split(',').map((s) => s.trim()).filter(Boolean)

function holds(task: Record<string, any>, viewer: { username: string; roleCodes: readonly string[] }): boolean {
  if (task.assignee) return task.assignee === viewer.username
  const users = splitList(task.candidate_users)
  const groups = splitList(task.candidate_groups)
  if (users.length === 0 && groups.length === 0) return true
  return users.includes(viewer.username) || groups.some((group) => viewer.roleCodes.includes(group))
}

/** The open tasks of some instances, with their holders named in Chinese and the viewer's own marked. */
export async function openTasksOf(instanceIds: readonly string[], viewer: { username: string; roleCodes: readonly string[] }): Promise<OpenTask[]> {
  if (instanceIds.length === 0) return []
  const tasks = await db.from('engine_tasks').whereIn('process_instance_id', [...instanceIds]).orderBy('created_at')
  const usernames = new Set(tasks.flatMap((task) => [task.assignee, ...splitList(task.candidate_users)].filter(Boolean)))
  const codes = new Set(tasks.flatMap((task) => splitList(task.candidate_groups)))
  const users = new Map((await db.from('users').whereIn('username', [...usernames]).select('username', 'full_name')).map((u) => [u.username, u.full_name]))
  const roles = new Map((await db.from('roles').whereIn('code', [...codes]).select('code', 'name')).map((r) => [r.code, r.name]))
  const now = clock.now().getTime()
  return tasks.map((task) => {
    const holders = task.assignee
      ? [users.get(task.assignee) ?? task.assignee]
      : [...splitList(task.candidate_groups).map((code) => roles.get(code) ?? code), ...splitList(task.candidate_users).map((name) => users.get(name) ?? name)]
    const due = task.due_at === null ? null : Number(task.due_at)
    return {
      taskId: task.id,
      name: task.name ?? task.task_definition_key,
      processInstanceId: task.process_instance_id,
      holders,
      dueAt: due === null ? null : new Date(due).toISOString(),
      overdue: due !== null && due < now,
      isMine: holds(task, viewer),
    }
  })
}
