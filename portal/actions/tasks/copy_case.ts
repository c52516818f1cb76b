import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { sqlNow } from '#services/clock'
import { colleagueOrFail } from '#services/inbox/colleagues'
import { runTaskAction, type Caller } from './task_action.js'

/** 抄送: whom to copy and a note. */
export const copyCaseValidator = vine.create({
  userIds: vine.array(vine.number().withoutDecimals().positive()).minLength(1).maxLength(50),
  comment: vine.string().trim().maxLength(500).optional(),
})

/** 抄送: the case appears in the colleagues' 抄送 tab; the task stays where it is. Copying someone twice keeps one copy. */
export function copyCase(taskId: string, body: Infer<typeof copyCaseValidator>, caller: Caller) {
  return runTaskAction(taskId, caller, { declared: 'copy' }, async (ctx) => {
    const names: string[] = []
    for (const [index, userId] of [...new Set(body.userIds)].entries()) {
      const colleague = await colleagueOrFail(userId, ctx.caseRow.id, caller.user, `userIds.${index}`, ctx.trx)
      await ctx.trx
        .table('case_copies')
        .insert({ case_id: ctx.caseRow.id, user_id: colleague.id, copied_by: caller.user.id, comment: body.comment ?? null, created_at: sqlNow() })
        .onConflict(['case_id', 'user_id'])
        .ignore()
      names.push(colleague.username)
    }
    return { action: 'copy', target: names.join(','), comment: body.comment ?? null }
  })
}
