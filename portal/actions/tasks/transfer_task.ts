import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { setAssignee } from '#engine'
import { colleagueOrFail } from '#services/inbox/colleagues'
import { runTaskAction, type Caller } from './task_action.js'

/** 转办 and 委派 both name a colleague and may say why. */
export const handOverValidator = vine.create({
  userId: vine.number().withoutDecimals().positive(),
  comment: vine.string().trim().maxLength(500).optional(),
})

/**
 * 转办: the task becomes the colleague's outright (he completes it; it does
 * not come back). The owner, if any, stays as it was.
 */
export function transferTask(taskId: string, body: Infer<typeof handOverValidator>, caller: Caller) {
  return runTaskAction(taskId, caller, { declared: 'transfer' }, async (ctx) => {
    const colleague = await colleagueOrFail(body.userId, ctx.caseRow.id, caller.user, 'userId', ctx.trx)
    await ctx.execute(setAssignee, { taskId, userId: colleague.username })
    return { action: 'transfer', target: colleague.username, comment: body.comment ?? null }
  })
}
