import db from '@adonisjs/lucid/services/db'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import clock from '#services/clock'
import type { Access } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'
import { whereHeldBy, type Holder } from './task_holders.js'
import { countHeld, pageHeld } from './held_links.js'

/** 待办 (open, mine or offered to me), 已办 (completed by me), 抄送 (copied to me). */
export type InboxTab = 'todo' | 'done' | 'copies'

/** What the inbox may be narrowed and ordered by; instants are epoch milliseconds. */
export interface InboxFilter {
  definitionKey?: string
  projectId?: number
  dueBefore?: number
  dueAfter?: number
  overdue?: boolean
  q?: string
  sort?: 'due' | 'created'
  order?: 'asc' | 'desc'
  page: number
  perPage: number
}

/** One row of any tab: the task (or copy) and the case it belongs to. */
export interface InboxRow {
  id: string
  taskId: string | null
  name: string | null
  caseId: number
  caseNo: string
  caseTitle: string
  definitionKey: string
  projectId: number | null
  assignee: string | null
  isCandidate: boolean
  delegationState: string | null
  createdAt: string | null
  dueAt: string | null
  endedAt: string | null
  overdue: boolean
  /** 提醒时间 (the model's follow-up date) */
  followUpAt: string | null
  /** the reminder time has come and the task is not yet overdue: 提醒 */
  remind: boolean
  /** a copy not opened yet (抄送 only) */
  unread: boolean
}

export interface InboxPage {
  meta: { total: number; perPage: number; currentPage: number; lastPage: number }
  data: InboxRow[]
}

const CASE_COLUMNS = ['process_cases.id as caseId', 'process_cases.case_no as caseNo', 'process_cases.title as caseTitle', 'process_cases.definition_key as definitionKey', 'process_cases.project_id as projectId']

/** SQLite hands back "YYYY-MM-DD HH:MM:SS" (UTC), MySQL a Date: both leave as ISO 8601. */
export function sqlDate(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number') return new Date(value).toISOString()
  return new Date(`${String(value).replace(' ', 'T')}Z`).toISOString()
}

/**
 * A task's reminder is due once its follow-up date has passed, until it is
 * done or it becomes overdue (then 超期 says more than 提醒).
 */
export function reminderDue(followUpAt: unknown, dueAt: unknown, now: number): boolean {
  if (followUpAt === null || followUpAt === undefined || Number(followUpAt) > now) return false
  return dueAt === null || dueAt === undefined || Number(dueAt) >= now
}

const iso = (ms: unknown) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString())

/** Filters on the case that every tab shares. */
function filterCases(query: DatabaseQueryBuilderContract, filter: InboxFilter) {
  if (filter.definitionKey) query.where('process_cases.definition_key', filter.definitionKey)
  if (filter.projectId) query.where('process_cases.project_id', filter.projectId)
  if (filter.q) {
    const q = filter.q
    query.where((search) => search.where('process_cases.title', 'like', `%${q}%`).orWhere('process_cases.case_no', 'like', `${q}%`))
  }
  return query
}

/** Due-date filters on a task table (`engine_tasks` or `engine_hist_tasks`). */
function filterDue(query: DatabaseQueryBuilderContract, table: string, filter: InboxFilter, now: number) {
  if (filter.dueBefore !== undefined) query.where(`${table}.due_at`, '<', filter.dueBefore)
  if (filter.dueAfter !== undefined) query.where(`${table}.due_at`, '>=', filter.dueAfter)
  if (filter.overdue) query.where(`${table}.due_at`, '<', now)
  return query
}

/** The open tasks `holder` may work on whose cases `access` may see: the base of 待办 and the summary. */
export function openTasksOf(access: Access, holder: Holder) {
  const query = db.from('engine_tasks').join('process_cases', 'process_cases.process_instance_id', 'engine_tasks.process_instance_id')
  return whereHeldBy(scopeCases(query, access), holder, db.connection().dialect.name)
}

async function paginate(query: DatabaseQueryBuilderContract, filter: InboxFilter, toRow: (row: Record<string, any>) => InboxRow): Promise<InboxPage> {
  const [{ total }] = await query.clone().clearOrder().count('* as total')
  const rows = await query.limit(filter.perPage).offset((filter.page - 1) * filter.perPage)
  const lastPage = Math.max(1, Math.ceil(Number(total) / filter.perPage))
  return { meta: { total: Number(total), perPage: filter.perPage, currentPage: filter.page, lastPage }, data: rows.map(toRow) }
}

/**
 * 待办: a page of open tasks, soonest due first unless asked otherwise. The
 * count and the page's ids come from the engine's task links (held_links.ts);
 * the rows are then read for those ids alone (bench/RESULTS.md).
 */
export async function listTodo(access: Access, holder: Holder, filter: InboxFilter): Promise<InboxPage> {
  const now = clock.now().getTime()
  const held = {
    caseFilter: filter.definitionKey || filter.projectId || filter.q ? (query: DatabaseQueryBuilderContract) => void filterCases(query, filter) : undefined,
    dueBefore: filter.overdue ? Math.min(now, filter.dueBefore ?? now) : filter.dueBefore,
    dueAfter: filter.dueAfter,
  }
  const total = await countHeld(access, holder, held)
  const sort = filter.sort ?? 'due'
  const ids = await pageHeld(access, holder, { ...held, sort, order: filter.order ?? (sort === 'due' ? 'asc' : 'desc'), limit: filter.perPage, offset: (filter.page - 1) * filter.perPage })
  const rows = ids.length
    ? await db
        .from('engine_tasks')
        .join('process_cases', 'process_cases.process_instance_id', 'engine_tasks.process_instance_id')
        .whereIn('engine_tasks.id', ids)
        .select('engine_tasks.id', 'engine_tasks.name', 'engine_tasks.assignee', 'engine_tasks.delegation_state', 'engine_tasks.created_at', 'engine_tasks.due_at', 'engine_tasks.follow_up_at', ...CASE_COLUMNS)
    : []
  rows.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
  return {
    meta: { total: Number(total), perPage: filter.perPage, currentPage: filter.page, lastPage: Math.max(1, Math.ceil(Number(total) / filter.perPage)) },
    data: rows.map((row) => ({
      id: row.id,
      taskId: row.id,
      name: row.name,
      caseId: row.caseId,
      caseNo: row.caseNo,
      caseTitle: row.caseTitle,
      definitionKey: row.definitionKey,
      projectId: row.projectId,
      assignee: row.assignee,
      isCandidate: row.assignee === null,
      delegationState: row.delegation_state,
      createdAt: iso(row.created_at),
      dueAt: iso(row.due_at),
      endedAt: null,
      overdue: row.due_at !== null && Number(row.due_at) < now,
      followUpAt: iso(row.follow_up_at),
      remind: reminderDue(row.follow_up_at, row.due_at, now),
      unread: false,
    })),
  }
}

/** 已办: tasks `holder` completed (the engine's history names him as the assignee) in cases still visible to him, newest first. */
export function listDone(access: Access, holder: Holder, filter: InboxFilter): Promise<InboxPage> {
  const query = db
    .from('engine_hist_tasks')
    .join('process_cases', 'process_cases.process_instance_id', 'engine_hist_tasks.process_instance_id')
    .where('engine_hist_tasks.assignee', holder.username)
    .where('engine_hist_tasks.delete_reason', 'completed')
  scopeCases(query, access)
  filterDue(filterCases(query, filter), 'engine_hist_tasks', { ...filter, overdue: false }, 0)
  query.select('engine_hist_tasks.id', 'engine_hist_tasks.name', 'engine_hist_tasks.started_at', 'engine_hist_tasks.ended_at', 'engine_hist_tasks.due_at', ...CASE_COLUMNS)
  query.orderBy('engine_hist_tasks.ended_at', filter.order ?? 'desc').orderBy('engine_hist_tasks.id', 'desc')
  return paginate(query, filter, (row) => ({
    id: row.id,
    taskId: row.id,
    name: row.name,
    caseId: row.caseId,
    caseNo: row.caseNo,
    caseTitle: row.caseTitle,
    definitionKey: row.definitionKey,
    projectId: row.projectId,
    assignee: holder.username,
    isCandidate: false,
    delegationState: null,
    createdAt: iso(row.started_at),
    dueAt: iso(row.due_at),
    endedAt: iso(row.ended_at),
    overdue: row.due_at !== null && Number(row.due_at) < Number(row.ended_at),
    followUpAt: null,
    remind: false,
    unread: false,
  }))
}

/** 抄送: cases copied to the user and still visible to him, newest first, unread ones marked. */
export function listCopies(access: Access, holder: Holder, filter: InboxFilter): Promise<InboxPage> {
  const query = db.from('case_copies').join('process_cases', 'process_cases.id', 'case_copies.case_id').where('case_copies.user_id', holder.userId)
  filterCases(scopeCases(query, access), filter)
  query.select('case_copies.id', 'case_copies.comment', 'case_copies.created_at', 'case_copies.read_at', ...CASE_COLUMNS)
  query.select(db.raw('(SELECT MIN(t.id) FROM engine_tasks t WHERE t.process_instance_id = process_cases.process_instance_id) AS open_task_id'))
  query.orderBy('case_copies.id', filter.order ?? 'desc')
  return paginate(query, filter, (row) => ({
    id: `copy-${row.id}`,
    taskId: row.open_task_id ?? null,
    name: row.comment ?? '抄送',
    caseId: row.caseId,
    caseNo: row.caseNo,
    caseTitle: row.caseTitle,
    definitionKey: row.definitionKey,
    projectId: row.projectId,
    assignee: null,
    isCandidate: false,
    delegationState: null,
    createdAt: sqlDate(row.created_at),
    dueAt: null,
    endedAt: null,
    overdue: false,
    followUpAt: null,
    remind: false,
    unread: row.read_at === null,
  }))
}

/** The validated query string as a filter: dates become epoch ms (a bare date is Beijing midnight), pages default to 20 rows. */
export function inboxFilterOf(query: { process?: string; projectId?: number; dueBefore?: string; dueAfter?: string; overdue?: boolean; q?: string; sort?: 'due' | 'created'; order?: 'asc' | 'desc'; page?: number; perPage?: number }): InboxFilter {
  const ms = (text?: string) => (text === undefined ? undefined : Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+08:00` : text))
  return { definitionKey: query.process, projectId: query.projectId, dueBefore: ms(query.dueBefore), dueAfter: ms(query.dueAfter), overdue: query.overdue, q: query.q, sort: query.sort, order: query.order, page: query.page ?? 1, perPage: query.perPage ?? 20 }
}
