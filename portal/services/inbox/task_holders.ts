import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import env from '#start/env'
import { TtlCache } from '#services/auth/ttl_cache'

/** Who may hold a task: the user's name (assignee, candidate user) and role codes (candidate groups). */
export interface Holder {
  readonly userId: number
  readonly username: string
  readonly groups: readonly string[]
}

/** Role codes per user, as briefly as the principal cache keeps access (a role change shows within AUTH_CACHE_SECONDS). */
const groupCache = new TtlCache<number, readonly string[]>(env.get('AUTH_CACHE_SECONDS', 5) * 1000)

/** The holder identity of a user: one query for the role codes, then cached. */
export async function holderOf(user: { id: number; username: string }, client: QueryClientContract = db.connection()): Promise<Holder> {
  let groups = groupCache.get(user.id)
  if (!groups) {
    const rows = await client.from('user_roles').join('roles', 'roles.id', 'user_roles.role_id').where('user_roles.user_id', user.id).select('roles.code')
    groups = rows.map((row) => String(row.code))
    groupCache.set(user.id, groups)
  }
  return { userId: user.id, username: user.username, groups }
}

/**
 * `',a,b,'` holds `',x,'` exactly when x is one of the entries. Spaces are
 * dropped first because a candidate expression may write "a, b". The
 * token is a bound parameter; instr/LOCATE compare literally, so `_` and
 * `%` in role codes need no escaping as LIKE would.
 */
function tokenIn(column: string, dialect: string): string {
  return dialect === 'mysql'
    ? `LOCATE(?, CONCAT(',', REPLACE(${column}, ' ', ''), ',')) > 0`
    : `instr(',' || replace(${column}, ' ', '') || ',', ?) > 0`
}

/**
 * Narrows an `engine_tasks` query to the tasks `holder` may work on: his
 * own, or unassigned ones naming him or one of his roles as a candidate.
 * Done in SQL so that counts and pages stay right.
 */
export function whereHeldBy<Query extends ChainableContract>(query: Query, holder: Holder, dialect: string): Query {
  return query.where((held) => {
    held.where('engine_tasks.assignee', holder.username)
    held.orWhere((open) => {
      open.whereNull('engine_tasks.assignee').where((candidate) => {
        candidate.whereRaw(tokenIn('engine_tasks.candidate_users', dialect), [`,${holder.username},`])
        for (const group of holder.groups) candidate.orWhereRaw(tokenIn('engine_tasks.candidate_groups', dialect), [`,${group},`])
      })
    })
  })
}

/** The same test as `whereHeldBy`, for one task row already read. */
export function isCandidate(task: { candidate_users: string | null; candidate_groups: string | null }, holder: Holder): boolean {
  const list = (text: string | null) => (text ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  return list(task.candidate_users).includes(holder.username) || list(task.candidate_groups).some((group) => holder.groups.includes(group))
}

/** Holds the task now: assigned to him, or unassigned with him as a candidate. */
export function holds(task: { assignee: string | null; candidate_users: string | null; candidate_groups: string | null }, holder: Holder): boolean {
  return task.assignee ? task.assignee === holder.username : isCandidate(task, holder)
}
