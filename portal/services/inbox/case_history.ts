import db from '@adonisjs/lucid/services/db'
import { sqlDate } from './inbox_list.js'

/** Who decided what and why (case_actions), and which steps ran when (the engine's task history). */
export interface CaseHistory {
  actions: { id: number; taskName: string | null; action: string; user: string | null; target: string | null; comment: string | null; at: string | null }[]
  steps: { id: string; name: string | null; assignee: string | null; startedAt: string; endedAt: string | null; outcome: string | null }[]
}

/** A case's timeline, oldest first. */
export async function caseHistory(caseId: number, instanceId: string): Promise<CaseHistory> {
  const actions = await db
    .from('case_actions')
    .leftJoin('users', 'users.id', 'case_actions.user_id')
    .where('case_actions.case_id', caseId)
    .orderBy('case_actions.id')
    .select('case_actions.id', 'case_actions.task_name', 'case_actions.action', 'users.full_name', 'case_actions.target', 'case_actions.comment', 'case_actions.created_at')
  const steps = await db.from('engine_hist_tasks').where('process_instance_id', instanceId).orderBy('started_at').orderBy('id').select('id', 'name', 'assignee', 'started_at', 'ended_at', 'delete_reason')
  return {
    actions: actions.map((a) => ({ id: a.id, taskName: a.task_name, action: a.action, user: a.full_name, target: a.target, comment: a.comment, at: sqlDate(a.created_at) })),
    steps: steps.map((s) => ({ id: s.id, name: s.name, assignee: s.assignee, startedAt: new Date(Number(s.started_at)).toISOString(), endedAt: s.ended_at === null ? null : new Date(Number(s.ended_at)).toISOString(), outcome: s.delete_reason })),
  }
}
