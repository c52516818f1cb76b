import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { WorkerHost } from '#services/engine/workers/worker_host'
import { TOPICS } from '#services/engine/workers/topics'
import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { issuedDocumentPdf, verifyPdf } from '#documents'
import { tokenFor } from '#tests/helpers/api'
import { eventually } from '#tests/helpers/eventually'
import { deployBpmn } from '../engine/fixtures.js'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`

/** Issue a 整改通知书, then review it; missing data goes to a clerk through the error boundary event. */
function noticeProcess(key: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:error id="dataMissing" name="文书数据缺失" errorCode="DOCUMENT_DATA_MISSING" />
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="issueNotice" />
    <bpmn:serviceTask id="issueNotice" name="生成整改通知书" camunda:type="external" camunda:topic="document-render">
      <bpmn:extensionElements>
        <camunda:inputOutput><camunda:inputParameter name="template">rectification-notice</camunda:inputParameter></camunda:inputOutput>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:boundaryEvent id="missing" attachedToRef="issueNotice">
      <bpmn:errorEventDefinition errorRef="dataMissing" camunda:errorCodeVariable="errorCode" camunda:errorMessageVariable="errorMessage" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="issueNotice" targetRef="review" />
    <bpmn:userTask id="review" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="done" />
    <bpmn:endEvent id="done" />
    <bpmn:sequenceFlow id="f3" sourceRef="missing" targetRef="completeData" />
    <bpmn:userTask id="completeData" />
    <bpmn:sequenceFlow id="f4" sourceRef="completeData" targetRef="fixed" />
    <bpmn:endEvent id="fixed" />
  </bpmn:process>
</bpmn:definitions>`
}

async function startAndAwaitTask(client: ApiClient, token: string, key: string, variables: Record<string, unknown>) {
  const typeOf = (value: unknown) => (typeof value === 'number' ? 'Integer' : typeof value === 'string' ? 'String' : 'Json')
  const typed = Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [name, { value: typeOf(value) === 'Json' ? JSON.stringify(value) : value, type: typeOf(value) }])
  )
  const started = await client.post(`/engine-rest/process-definition/key/${key}/start`).bearerToken(token).json({ variables: typed })
  started.assertStatus(200)
  const id: string = started.body().id
  const task = await eventually(`a user task in ${key}`, async () => {
    const [open] = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
    return open?.taskDefinitionKey as string | undefined
  })
  const variables_ = (await client.get(`/engine-rest/process-instance/${id}/variables`).bearerToken(token)).body()
  return { id, task, variables: variables_ }
}

test.group('document-render worker (in-process host over /engine-rest)', (group) => {
  let host: WorkerHost
  group.setup(async () => {
    host = new WorkerHost({ baseUrl: BASE_URL, asyncResponseTimeout: 5000, topics: { 'document-render': TOPICS['document-render'] } })
    await host.start()
    return () => host.stop()
  })

  test('[5.2.2-07-06] renders, numbers, signs and attaches the notice, completing with documentId and documentNumber', async ({ client, assert, cleanup }) => {
    // given
    const token = await tokenFor(client, 'worker')
    ;(await deployBpmn(client, token, 'notice-a', noticeProcess('noticeA'))).assertStatus(200)
    const station = await db.from('organizations').where('name', '沈阳市和平区建设工程质量监督站').firstOrFail()

    // when
    const sample = JSON.parse(await readFile(app.makePath('definitions/official-documents/documents/rectification-notice.sample.json'), 'utf8'))
    const { id, task, variables } = await startAndAwaitTask(client, token, 'noticeA', { ...sample, photos: [], issuerOrgId: station.id })
    cleanup(async () => {
      await db.from('issued_documents').where('process_instance_id', id).delete()
    })

    // then
    assert.equal(task, 'review')
    assert.match(variables.documentNumber.value, /^沈和质监整改〔\d{4}〕\d+号$/)
    const row = await db.from('issued_documents').where('id', variables.documentId.value).firstOrFail()
    assert.equal(row.process_instance_id, id)
    assert.equal(row.organization_id, station.id)
    assert.equal(JSON.parse(row.data).project.name, sample.project.name)
    const verdict = await verifyPdf((await issuedDocumentPdf(row.id))!)
    assert.isTrue(verdict.isValid)
    assert.equal(verdict.signerName, '沈阳市和平区建设工程质量监督站')
  })

  test('missing data is BPMN error DOCUMENT_DATA_MISSING naming the fields, caught by the boundary event', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'notice-b', noticeProcess('noticeB'))

    const { id, task, variables } = await startAndAwaitTask(client, token, 'noticeB', { recipient: '辽宁宏基建设集团有限公司' })

    assert.equal(task, 'completeData')
    assert.equal(variables.errorCode.value, 'DOCUMENT_DATA_MISSING')
    assert.include(variables.errorMessage.value, 'issuerOrgId')
    assert.lengthOf(await db.from('issued_documents').where('process_instance_id', id), 0)
  })
})
