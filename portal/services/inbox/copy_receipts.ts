import db from '@adonisjs/lucid/services/db'
import { sqlNow } from '#services/clock'
import type { Access } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'

/**
 * 抄送 is a notice, so opening the case is reading it: the copy leaves 未读.
 * Only the reader's own unread copies change.
 */
export async function markCopiesRead(caseId: number, userId: number): Promise<void> {
  await db
    .from('case_copies')
    .where({ case_id: caseId, user_id: userId })
    .whereNull('read_at')
    .update({ read_at: sqlNow() })
}

/** How many cases copied to the user, and still visible to them, they have not opened yet. */
export async function unreadCopies(userId: number, access: Access): Promise<number> {
  const query = db.from('case_copies').join('process_cases', 'process_cases.id', 'case_copies.case_id').where('case_copies.user_id', userId).whereNull('case_copies.read_at')
  const [{ total }] = await scopeCases(query, access).count('* as total')
  return Number(total)
}
