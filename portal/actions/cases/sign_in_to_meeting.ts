import { Exception } from '@adonisjs/core/exceptions'
import clock from '#services/clock'
import CaseAction from '#models/case_action'
import { inTransaction } from '#database/transaction'
import { openMeeting } from '#services/cases/briefing_sign_in'

export interface SignInInput {
  name: string
  organizationName: string
  position: string
  mobile: string
}

/** The meeting closed (its task completed) or never took sign-ins. */
export class MeetingClosedError extends Exception {
  static status = 409
  static code = 'E_MEETING_CLOSED'
}

/** The same mobile number signed in to this case before. */
export class AlreadySignedInError extends Exception {
  static status = 409
  static code = 'E_ALREADY_SIGNED_IN'
}

/**
 * 扫码签到: records an attendee of the case's open meeting and notes it on the
 * case timeline, together. Signing in twice with one number is refused.
 */
export async function signInToMeeting(caseId: number, input: SignInInput, userId: number | null): Promise<void> {
  await inTransaction(async (trx) => {
    const meeting = await openMeeting(caseId, trx)
    if (!meeting) throw new MeetingClosedError('会议未开放签到或已结束')
    const earlier = await trx.from('briefing_sign_ins').where({ case_id: caseId, mobile: input.mobile }).first()
    if (earlier) throw new AlreadySignedInError(`手机号 ${input.mobile} 已于本次会议签到`)
    await trx.table('briefing_sign_ins').insert({ case_id: caseId, name: input.name, organization_name: input.organizationName, position: input.position, mobile: input.mobile, user_id: userId, signed_at: clock.now() })
    await CaseAction.create({ caseId, taskId: meeting.taskId, taskName: meeting.taskName, action: 'sign_in', userId, target: `${input.name}（${input.organizationName}，${input.position}）` }, { client: trx })
  })
}
