import type { Access } from '#services/access/access'
import type User from '#models/user'
import { holderOf } from './task_holders.js'
import { listCopies, listDone, listTodo, type InboxFilter, type InboxPage, type InboxTab } from './inbox_list.js'

/** One page of a tab of the user's inbox. */
export async function inboxPage(tab: InboxTab, filter: InboxFilter, user: User, access: Access): Promise<InboxPage> {
  const holder = await holderOf(user)
  if (tab === 'done') return listDone(access, holder, filter)
  if (tab === 'copies') return listCopies(access, holder, filter)
  return listTodo(access, holder, filter)
}
