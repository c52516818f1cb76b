import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { bpmn, flows } from '../engine/bpmn.js'
import { deployBpmn } from '../engine/fixtures.js'
import { setInstanceTenant } from '#engine'
import { appEngine } from '#services/engine/engine'

export const PROCESS_KEY = 'inboxReview'

/**
 * 受理审查 for any supervisor (candidate group), with the actions a review
 * offers; 驳回 routes to 补正 for the applicant, 通过 ends the case.
 */
export function reviewProcess(): string {
  return bpmn(
    PROCESS_KEY,
    `<bpmn:startEvent id="start" />
    <bpmn:userTask id="review" name="受理审查" camunda:candidateGroups="supervisor">
      <bpmn:extensionElements><camunda:properties><camunda:property name="zhian:actions" value="approve,return,transfer,delegate,copy" /></camunda:properties></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="decide" />
    <bpmn:userTask id="correct" name="补正" camunda:assignee="\${applicant}" />
    <bpmn:endEvent id="done" />
    <bpmn:endEvent id="corrected" />
    ${flows('start', 'review', 'decide')}
    <bpmn:sequenceFlow id="decide_done" sourceRef="decide" targetRef="done"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${outcome == 'approve'}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="decide_correct" sourceRef="decide" targetRef="correct"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${outcome == 'return'}</bpmn:conditionExpression></bpmn:sequenceFlow>
    ${flows('correct', 'corrected')}`
  )
}

export async function deployReview(client: ApiClient, worker: string): Promise<void> {
  const response = await deployBpmn(client, worker, 'inbox-review', reviewProcess(), { 'deploy-changed-only': 'true' })
  response.assertStatus(200)
}

let serial = 0

/** Starts a review and files its case under 和平区 (as the portal would), applied for by 宏基 on project 000001. */
export async function startCase(client: ApiClient, worker: string, options: { title?: string; withCase?: boolean; processKey?: string } = {}): Promise<{ instanceId: string; taskId: string; caseId: number | null }> {
  const processKey = options.processKey ?? PROCESS_KEY
  const started = await client.post(`/engine-rest/process-definition/key/${processKey}/start`).bearerToken(worker).json({ variables: { applicant: { value: 'hongji.user' } } })
  started.assertStatus(200)
  const instanceId = started.body().id as string
  const task = await db.from('engine_tasks').where('process_instance_id', instanceId).firstOrFail()
  if (options.withCase === false) return { instanceId, taskId: task.id, caseId: null }
  return { instanceId, taskId: task.id, caseId: await fileCase(instanceId, { title: options.title, processKey }) }
}

/** The ids in a user's 待办 (first page of 100). */
export async function todoIds(client: ApiClient, token: string, qs: Record<string, string> = {}): Promise<string[]> {
  const response = await client.get('/api/inbox').qs({ perPage: '100', ...qs }).bearerToken(token)
  response.assertStatus(200)
  return response.body().data.map((row: { taskId: string }) => row.taskId)
}

export function act(client: ApiClient, token: string, taskId: string, action: string, body: Record<string, unknown> = {}) {
  return client.post(`/api/tasks/${taskId}/actions/${action}`).bearerToken(token).json(body)
}

export async function userId(username: string): Promise<number> {
  return (await db.from('users').where('username', username).firstOrFail()).id
}

/** Files a 和平区 case for an instance, applied for by 宏基 on project 000001, as the portal's case start would. */
export async function fileCase(instanceId: string, options: { title?: string; processKey: string }): Promise<number> {
  const instance = await db.from('engine_process_instances').where('id', instanceId).firstOrFail()
  const heping = await db.from('organizations').where({ kind: 'authority', region_code: '210102' }).firstOrFail()
  const station = await db.from('organizations').where({ kind: 'quality_station', region_code: '210102' }).firstOrFail()
  const applicant = await db.from('users').where('username', 'hongji.user').firstOrFail()
  const project = await db.from('projects').where('code', '2026-210102-47-01-000001').firstOrFail()
  serial += 1
  const [id] = await db.table('process_cases').insert({
    process_instance_id: instanceId,
    definition_key: options.processKey,
    definition_id: instance.definition_id,
    case_no: `IT${Date.now().toString(36)}${serial}`.slice(0, 32),
    title: options.title ?? `和平区受理审查测试 ${serial}`,
    project_id: project.id,
    applicant_organization_id: applicant.organization_id,
    started_by: applicant.id,
    handling_organization_id: station.id,
    scope_path: heping.path,
    created_at: new Date(),
  }).returning('id').then((rows) => rows.map((r: number | { id: number }) => (typeof r === 'object' ? r.id : r)))
  // as the portal's case start does: the instance's tenant is the case's jurisdiction
  await appEngine().execute(setInstanceTenant, { processInstanceId: instanceId, tenantId: heping.path })
  return Number(id)
}

/** A station extends (or shortens) a task's deadline through the engine's REST API (PUT /task/{id}). */
export async function setDue(client: ApiClient, worker: string, taskId: string, due: string): Promise<void> {
  ;(await client.put(`/engine-rest/task/${taskId}`).bearerToken(worker).json({ due })).assertStatus(204)
}
