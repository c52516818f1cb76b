import type { CommandContext } from '../../context/command_context.js'
import { writeTaskLinks } from '../../store/task_links.js'

/** Changes a task's assignment; its history row follows, so the history says who held it last. */
export async function updateTask(ctx: CommandContext, taskId: string, changes: { assignee?: string | null; owner?: string | null; delegation_state?: string | null }): Promise<void> {
  await ctx.trx('engine_tasks').where('id', taskId).update(changes)
  if (changes.assignee !== undefined) await writeTaskLinks(ctx.trx, taskId)
  const history: Record<string, unknown> = {}
  if (changes.assignee !== undefined) history.assignee = changes.assignee
  if (changes.owner !== undefined) history.owner = changes.owner
  if (Object.keys(history).length) await ctx.trx('engine_hist_tasks').where('id', taskId).update(history)
}
