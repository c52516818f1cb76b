import db from '@adonisjs/lucid/services/db'
import clock from '#services/clock'
import type { Access } from '#services/access/access'
import { openTasksOf, reminderDue } from './inbox_list.js'
import { unreadCopies } from './copy_receipts.js'
import type { Holder } from './task_holders.js'

/** What the notification bell shows: counts and the few newest open tasks. */
export interface InboxSummary {
  open: number
  new: number
  overdue: number
  /** open tasks whose reminder time (follow-up date) has come and which are not yet overdue */
  remind: number
  /** cases copied to the user (抄送) not opened yet */
  unreadCopies: number
  latest: { taskId: string; name: string | null; caseTitle: string; caseNo: string; dueAt: string | null; overdue: boolean; remind: boolean }[]
}

/** When the user last looked at the inbox (epoch ms; 0 if never). */
async function seenAt(userId: number): Promise<number> {
  const mark = await db.from('inbox_marks').where('user_id', userId).select('seen_at').first()
  return Number(mark?.seen_at ?? 0)
}

/** Counts of open, new (created since the last visit), overdue and reminded tasks, and the five newest. */
export async function inboxSummary(access: Access, holder: Holder): Promise<InboxSummary> {
  const now = clock.now().getTime()
  const since = await seenAt(holder.userId)
  const [counts] = await openTasksOf(access, holder)
    .count('* as open')
    .select(db.raw('SUM(CASE WHEN engine_tasks.created_at > ? THEN 1 ELSE 0 END) AS fresh', [since]))
    .select(db.raw('SUM(CASE WHEN engine_tasks.due_at < ? THEN 1 ELSE 0 END) AS late', [now]))
    .select(db.raw('SUM(CASE WHEN engine_tasks.follow_up_at <= ? AND (engine_tasks.due_at IS NULL OR engine_tasks.due_at >= ?) THEN 1 ELSE 0 END) AS remind', [now, now]))
  const latest = await openTasksOf(access, holder)
    .select('engine_tasks.id', 'engine_tasks.name', 'engine_tasks.due_at', 'engine_tasks.follow_up_at', 'process_cases.title', 'process_cases.case_no')
    .orderBy('engine_tasks.created_at', 'desc')
    .orderBy('engine_tasks.id', 'asc')
    .limit(5)
  return {
    open: Number(counts.open),
    new: Number(counts.fresh ?? 0),
    overdue: Number(counts.late ?? 0),
    remind: Number(counts.remind ?? 0),
    unreadCopies: await unreadCopies(holder.userId, access),
    latest: latest.map((row) => ({
      taskId: row.id,
      name: row.name,
      caseTitle: row.title,
      caseNo: row.case_no,
      dueAt: row.due_at === null ? null : new Date(Number(row.due_at)).toISOString(),
      overdue: row.due_at !== null && Number(row.due_at) < now,
      remind: reminderDue(row.follow_up_at, row.due_at, now),
    })),
  }
}

/** Visiting the inbox: what is open now is no longer new. */
export async function markInboxSeen(userId: number): Promise<void> {
  await db.table('inbox_marks').insert({ user_id: userId, seen_at: clock.now().getTime() }).onConflict('user_id').merge()
}
