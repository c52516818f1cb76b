import type { Access } from '#services/access/access'
import { casesQuery, toCaseRows } from '#services/cases/case_query'
import { countHeld } from '#services/inbox/held_links'
import { holderOf } from '#services/inbox/task_holders'
import { listDocuments } from '#services/cases/visible_documents'

/** 工作台: the viewer's counts (open tasks as the inbox counts them, running cases, documents) and latest cases. */
export async function dashboard(access: Access, viewer: { id: number; username: string }) {
  const [{ total: runningCases }] = await casesQuery(access, { status: 'running' }).count('* as total')
  const documents = access.permissions.has('document:read') ? (await listDocuments(access, { page: 1, perPage: 1 })).meta.total : 0
  return {
    counts: {
      openTasks: await countHeld(access, await holderOf(viewer), {}),
      runningCases: Number(runningCases),
      documents,
    },
    recentCases: await toCaseRows(casesQuery(access, {}).orderBy('process_cases.id', 'desc').limit(5)),
  }
}
