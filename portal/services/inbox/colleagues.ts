import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import { loadAccess } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'
import { formInvalid } from '#exceptions/forms'
import type { Access } from '#services/access/access'
import { findCaseTask } from './case_task.js'

/** Someone a task can be handed to. */
export interface Colleague {
  id: number
  username: string
  fullName: string
}

async function seesCase(user: User, caseId: number, client: QueryClientContract): Promise<boolean> {
  const access = await loadAccess(user, client)
  return Boolean(await scopeCases(client.from('process_cases').where('process_cases.id', caseId).select('process_cases.id'), access).first())
}

/** Active users of the caller's organisation, other than the caller, who may see the case: whom 转办/委派/抄送 may name. */
export async function colleaguesFor(caseId: number, caller: { id: number; organizationId: number }, client: QueryClientContract = db.connection()): Promise<Colleague[]> {
  const users = await User.query({ client }).where('organization_id', caller.organizationId).where('is_active', true).whereNot('id', caller.id).orderBy('id')
  const visible: Colleague[] = []
  for (const user of users) if (await seesCase(user, caseId, client)) visible.push({ id: user.id, username: user.username, fullName: user.fullName })
  return visible
}

/** The named colleague, or a 422 at `path` if he is not one (another unit, inactive, or the case is outside his scope). */
export async function colleagueOrFail(userId: number, caseId: number, caller: { id: number; organizationId: number }, path: string, client: QueryClientContract): Promise<User> {
  const user = await User.find(userId, { client })
  const ok = user && user.id !== caller.id && user.isActive && user.organizationId === caller.organizationId && (await seesCase(user, caseId, client))
  if (!ok) throw formInvalid([{ path, message: '所选人员须为本单位、可查看此办件的其他在职人员' }])
  return user
}

/** The colleagues for a task the caller may see (404 otherwise). */
export async function colleaguesOfTask(taskId: string, access: Access, caller: { id: number; organizationId: number }): Promise<Colleague[]> {
  const { caseRow } = await findCaseTask(taskId, access, db.connection())
  return colleaguesFor(caseRow.id, caller)
}
