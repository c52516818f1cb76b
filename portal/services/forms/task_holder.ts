import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import { TaskNotYoursError } from '#exceptions/forms'
import type { TaskForm } from './form_registry.js'

/**
 * Refuses a user who does not hold the task: its assignee, a candidate user,
 * or a user with a role whose code is a candidate group. A task that names
 * nobody is open to anyone allowed to fill forms.
 */
export async function assertTaskHolder(task: TaskForm, user: User, client: QueryClientContract = db.connection()): Promise<void> {
  if (task.assignee) {
    if (task.assignee === user.username) return
    throw new TaskNotYoursError(task.taskId)
  }
  if (task.candidateUsers.length === 0 && task.candidateGroups.length === 0) return
  if (task.candidateUsers.includes(user.username)) return
  if (task.candidateGroups.length) {
    const roles = await client.from('user_roles').join('roles', 'roles.id', 'user_roles.role_id').where('user_roles.user_id', user.id).whereIn('roles.code', [...task.candidateGroups]).first()
    if (roles) return
  }
  throw new TaskNotYoursError(task.taskId)
}
