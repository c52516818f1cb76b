import db from '@adonisjs/lucid/services/db'
import router from '@adonisjs/core/services/router'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import env from '#start/env'
import { verificationQrSvg } from '#documents'
import { taskProperties } from '#services/definitions/task_properties'

/** The task property that makes a user task a meeting attendees sign in to (监督交底 扫码登记). */
export const SIGN_IN_PROPERTY = 'zhian:signIn'

/** A case whose meeting is open for sign-in: an open user task of it declares `zhian:signIn`. */
export interface OpenMeeting {
  readonly caseId: number
  readonly caseNo: string
  readonly title: string
  readonly taskId: string
  readonly taskName: string
}

/** The open sign-in meeting of a case, or null when none of its open tasks takes sign-ins. */
export async function openMeeting(caseId: number, client: QueryClientContract = db.connection()): Promise<OpenMeeting | null> {
  const found = await client.from('process_cases').where('id', caseId).select('id', 'case_no', 'title', 'process_instance_id').first()
  if (!found) return null
  const tasks = await client.from('engine_tasks').where('process_instance_id', found.process_instance_id).select('id', 'name', 'task_definition_key', 'process_definition_id')
  for (const task of tasks) {
    const properties = await taskProperties(task.process_definition_id, async () => (await client.from('engine_process_definitions').where('id', task.process_definition_id).select('xml').firstOrFail()).xml)
    if (properties.get(task.task_definition_key)?.[SIGN_IN_PROPERTY] === 'true') {
      return { caseId: found.id, caseNo: found.case_no, title: found.title, taskId: task.id, taskName: task.name ?? task.task_definition_key }
    }
  }
  return null
}

/**
 * The link attendees scan: a signed URL (so nobody can sign in to a case by
 * guessing its id) valid for 30 days, and its QR code as SVG.
 */
export function signInLink(caseId: number): { url: string; qrSvg: string } {
  const url = router.makeSignedUrl('briefing.show', { id: caseId }, { expiresIn: '30 days', prefixUrl: env.get('APP_URL') })
  return { url, qrSvg: verificationQrSvg(url) }
}

/** Who signed in to a case's meetings, in order. */
export function signInsOf(caseId: number, client: QueryClientContract = db.connection()) {
  return client.from('briefing_sign_ins').where('case_id', caseId).orderBy('id').select('name', 'organization_name as organizationName', 'position', 'mobile', 'signed_at as signedAt')
}
