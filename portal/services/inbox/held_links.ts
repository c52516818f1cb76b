import db from '@adonisjs/lucid/services/db'
import type { Knex } from 'knex'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { UNDATED } from '#engine'
import type { Access } from '#services/access/access'
import { prefixRange } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'
import type { Holder } from './task_holders.js'

/**
 * 待办 through the engine's task links (engine_task_links: one row per holder
 * of each open task, with the instance's tenant, which the portal sets to the
 * case's jurisdiction path): "my tasks in my jurisdiction, soonest due first"
 * is then an index range per holder key instead of a string test on every
 * task of the jurisdiction (bench/RESULTS.md, bench:inbox).
 */
export interface HeldFilter {
  /** narrows by case columns (process, project, text): joins the cases, as enterprises' scope does */
  caseFilter?: (query: DatabaseQueryBuilderContract) => void
  dueBefore?: number
  dueAfter?: number
}

/** The link keys a user answers to: his tasks, and while unassigned those offering him or one of his roles. */
function keysOf(holder: Holder): { own: string; asCandidate: string; groups: string[] } {
  return { own: `a:${holder.username}`, asCandidate: `u:${holder.username}`, groups: holder.groups.map((group) => `g:${group}`) }
}

/** Links of the given keys that `access` may see, with the filter's conditions. */
function links(alias: string, keys: string[], access: Access, filter: HeldFilter): DatabaseQueryBuilderContract {
  const query = db.from(`engine_task_links as ${alias}`).whereIn(`${alias}.holder`, keys)
  const governed = access.organizationKind !== 'enterprise' && access.scopes.has('jurisdiction') && !access.scopes.has('all')
  if (access.scopes.has('all')) query.where(`${alias}.tenant_id`, '>', '')
  else if (governed && access.jurisdictionIsLeaf) query.where(`${alias}.tenant_id`, access.jurisdictionPath)
  else if (governed) {
    const [from, to] = prefixRange(access.jurisdictionPath)
    query.where(`${alias}.tenant_id`, '>=', from).where(`${alias}.tenant_id`, '<', to)
  }
  // enterprises see cases by applicant or participation, which no tenant says: join the cases (their lists are short)
  if (!governed && !access.scopes.has('all')) {
    query.join('engine_tasks as et', 'et.id', `${alias}.task_id`).join('process_cases', 'process_cases.process_instance_id', 'et.process_instance_id')
    scopeCases(query, access)
  } else if (filter.caseFilter) {
    query.join('engine_tasks as et', 'et.id', `${alias}.task_id`).join('process_cases', 'process_cases.process_instance_id', 'et.process_instance_id')
  }
  filter.caseFilter?.(query)
  if (filter.dueBefore !== undefined) query.where(`${alias}.due_key`, '<', filter.dueBefore)
  // an undated task is due neither before nor after anything
  if (filter.dueAfter !== undefined) query.where(`${alias}.due_key`, '>=', filter.dueAfter).where(`${alias}.due_key`, '<', UNDATED)
  return query
}

/**
 * How many open tasks the holder may work on. A task offered both to him by
 * name and to one of his roles has two rows: those are counted once (the
 * subtraction keeps the count an index range; DISTINCT would sort them all).
 */
export async function countHeld(access: Access, holder: Holder, filter: HeldFilter): Promise<number> {
  const { own, asCandidate, groups } = keysOf(holder)
  const total = links('l', [own, asCandidate, ...groups], access, filter).count('* as n')
  if (!groups.length) return Number((await total)[0].n)
  const twice = links('l', [asCandidate], access, filter)
    .whereExists((both) => both.from('engine_task_links as g').whereColumn('g.task_id', 'l.task_id').whereIn('g.holder', groups))
    .count('* as n')
  // one statement, two index ranges: every query costs its own round through the query builder
  const [row] = await db.query().select(db.raw('(?) - (?) AS n', [knexOf(total), knexOf(twice)]))
  return Number(row.n)
}

/** The knex query of a Lucid builder with its wheres applied (Lucid adds them only when it runs or hands the query over). */
function knexOf(query: DatabaseQueryBuilderContract): Knex.QueryBuilder {
  return (query as unknown as { toKnex(): Knex.QueryBuilder }).toKnex()
}

/** One page of the held tasks' ids, by due date (undated last) or by creation. */
export async function pageHeld(access: Access, holder: Holder, filter: HeldFilter & { sort: 'due' | 'created'; order: 'asc' | 'desc'; limit: number; offset: number }): Promise<string[]> {
  const { own, asCandidate, groups } = keysOf(holder)
  const query = links('l', [own, asCandidate, ...groups], access, filter).distinct('l.task_id')
  if (filter.sort === 'due') {
    // undated tasks carry the largest key: last when due dates run up, and kept last when they run down
    if (filter.order === 'desc') query.orderByRaw('CASE WHEN l.due_key = ? THEN 1 ELSE 0 END', [UNDATED])
    query.select('l.due_key').orderBy('l.due_key', filter.order).orderBy('l.task_id', 'asc')
  } else {
    query.select(db.raw('(SELECT created_at FROM engine_tasks WHERE engine_tasks.id = l.task_id) AS created_at')).orderBy('created_at', filter.order).orderBy('l.task_id', 'asc')
  }
  const rows = await query.limit(filter.limit).offset(filter.offset)
  return rows.map((row) => String(row.task_id))
}
