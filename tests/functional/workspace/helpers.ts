import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { jurisdictionPathOf } from '#models/organization'
import clock from '#services/clock'
import { deployBpmn } from '../engine/fixtures.js'
import { bpmn, flows } from '../engine/bpmn.js'
import { setInstanceTenant } from '#engine'
import { appEngine } from '#services/engine/engine'

export const PROCESS_KEY = 'wsTinyFiling'

/** A one-step process: the station reviews (candidate group supervisor), due in three days. */
export async function deployTinyProcess(client: ApiClient, workerToken: string): Promise<void> {
  const xml = bpmn(
    PROCESS_KEY,
    `<bpmn:startEvent id="start" />
    <bpmn:userTask id="review" name="受理审查" camunda:candidateGroups="supervisor" camunda:dueDate="\${dueDate}" />
    <bpmn:endEvent id="end" />
    ${flows('start', 'review', 'end')}`
  ).replace('<bpmn:process id', '<bpmn:process name="测试报监" id')
  ;(await deployBpmn(client, workerToken, 'ws-tiny', xml)).assertStatus(200)
}

let serial = 0

/**
 * Starts the tiny process and files it as a 办件 of `applicant` (an
 * organisation name) on the project with `projectCode`, handled by
 * `station`, with a start action on its timeline.
 */
export async function fileCase(client: ApiClient, workerToken: string, input: { applicant: string; station: string; projectCode: string; starter: string; title: string }) {
  const dueDate = new Date(clock.now().getTime() + 3 * 86_400_000).toISOString().replace('Z', '+0000')
  const started = await client
    .post(`/engine-rest/process-definition/key/${PROCESS_KEY}/start`)
    .bearerToken(workerToken)
    .json({ variables: { dueDate: { value: dueDate, type: 'String' } } })
  started.assertStatus(200)
  const instanceId = started.body().id as string
  const definitionId = started.body().definitionId as string
  const applicant = await db.from('organizations').where('name', input.applicant).firstOrFail()
  const station = await db.from('organizations').where('name', input.station).firstOrFail()
  const project = await db.from('projects').where('code', input.projectCode).firstOrFail()
  const starter = await db.from('users').where('username', input.starter).firstOrFail()
  serial += 1
  const caseNo = `WS${Date.now().toString(36).toUpperCase()}-${serial}`
  // as Lucid stores datetimes: UTC text on SQLite, which MySQL reads as well
  const now = clock.now().toISOString().slice(0, 19).replace('T', ' ')
  const [id] = await db.table('process_cases').insert({
    process_instance_id: instanceId,
    definition_key: PROCESS_KEY,
    definition_id: definitionId,
    case_no: caseNo,
    title: input.title,
    project_id: project.id,
    applicant_organization_id: applicant.id,
    started_by: starter.id,
    handling_organization_id: station.id,
    scope_path: jurisdictionPathOf(station.kind, station.path),
    created_at: now,
  })
  const caseId = Number(id ?? (await db.from('process_cases').where('case_no', caseNo).firstOrFail()).id)
  await appEngine().execute(setInstanceTenant, { processInstanceId: instanceId, tenantId: jurisdictionPathOf(station.kind, station.path) })
  await db.table('case_actions').insert({ case_id: caseId, action: 'start', user_id: starter.id, comment: null, created_at: now })
  await db.table('case_actions').insert({ case_id: caseId, action: 'return', task_name: '受理审查', user_id: starter.id, comment: '材料不全', created_at: now })
  return { caseId, caseNo, instanceId, projectId: Number(project.id) }
}
