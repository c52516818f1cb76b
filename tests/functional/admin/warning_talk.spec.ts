import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { WorkerHost } from '#services/engine/workers/worker_host'
import { TOPICS } from '#services/engine/workers/topics'
import { issuedDocumentPdf, verifyPdf } from '#documents'
import { tokenFor } from '#tests/helpers/api'
import { eventually } from '#tests/helpers/eventually'
import { poppler } from '#tests/helpers/pdf'
import { forgetCase } from '../cases/helpers.js'
import { talk, warningTalkFiles } from './warning_talk.js'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`

async function saveAll(client: ApiClient, admin: string, name: string, files: { path: string; content: string }[]) {
  for (const file of files) (await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json(file)).assertStatus(200)
}

/** The open review task of an instance, as the supervisor's inbox lists it. */
async function reviewTaskOf(client: ApiClient, token: string, caseId: number): Promise<string> {
  const inbox = await client.get('/api/inbox').qs({ tab: 'todo', perPage: 100 }).bearerToken(token)
  inbox.assertStatus(200)
  const task = inbox.body().data.find((t: { caseId: number }) => t.caseId === caseId)
  if (!task) throw new Error(`the review task of case ${caseId} is not in the inbox: ${JSON.stringify(inbox.body()).slice(0, 400)}`)
  return task.id
}

/** The text of the signed record issued for an instance, once the render worker has issued it. */
async function issuedRecord(processInstanceId: string) {
  const document = await eventually(`the 警示谈话记录 of ${processInstanceId}`, async () => (await db.from('issued_documents').where('process_instance_id', processInstanceId).first()) ?? undefined)
  const pdf = (await issuedDocumentPdf(document.id))!
  return { document, pdf, text: (await poppler('pdftotext', pdf, ['-layout'])).stdout.replace(/\s+/g, '') }
}

test.group('警示谈话登记: designed in the portal, run without a restart, versioned', (group) => {
  let host: WorkerHost
  group.setup(async () => {
    host = new WorkerHost({ baseUrl: BASE_URL, asyncResponseTimeout: 5000, topics: { 'document-render': TOPICS['document-render'] } })
    await host.start()
    return () => host.stop()
  })

  test('[5.1.3-03-01] a supervisor starts and completes the deployed process and gets the signed record; version 2 adds a field while a version-1 case finishes on version 1', async ({ client, assert, cleanup }) => {
    // given: the administrator builds the process as a draft and deploys it
    const admin = await tokenFor(client, 'sysadmin')
    const name = `warning-talk-${Date.now().toString(36)}`
    cleanup(async () => {
      await db.from('definition_drafts').where('name', name).delete()
    })
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '警示谈话登记' })).assertStatus(201)
    await client.delete(`/api/admin/drafts/${name}/files`).qs({ path: 'forms/start.form.json' }).bearerToken(admin)
    await saveAll(client, admin, name, warningTalkFiles(name, 1))
    const v1 = await client.post(`/api/admin/drafts/${name}/deploy`).bearerToken(admin)
    v1.assertStatus(201)

    // when: the 和平区 supervisor starts one (it stays open at review) …
    const supervisor = await tokenFor(client, 'hp.supervisor')
    const first = await client.post(`/api/processes/${name}/start`).bearerToken(supervisor).json({ value: talk })
    first.assertStatus(201)
    cleanup(() => forgetCase(first.body().processInstanceId))
    const firstCase = await db.from('process_cases').where('id', first.body().caseId).firstOrFail()
    assert.equal(firstCase.title, `警示谈话登记：${talk.warned}`)
    assert.match(firstCase.case_no, /^JS\d{14}$/)

    // … and the administrator adds 见证人 and deploys version 2
    await saveAll(client, admin, name, warningTalkFiles(name, 2))
    const v2 = await client.post(`/api/admin/drafts/${name}/deploy`).bearerToken(admin)
    v2.assertStatus(201)
    assert.deepEqual(v2.body().definitions.map((d: { version: number }) => d.version), [2])
    const latestForm = await client.get(`/api/forms/${name}/record`).bearerToken(supervisor)
    assert.property(latestForm.body().schema.properties, 'witness')

    // then: the version-1 case completes on version 1 (its form had no 见证人, its record prints none)
    const firstReview = await reviewTaskOf(client, supervisor, first.body().caseId)
    ;(await client.post(`/api/tasks/${firstReview}/actions/approve`).bearerToken(supervisor).json({ value: { opinion: '记录属实' } })).assertStatus(200)
    const record1 = await issuedRecord(first.body().processInstanceId)
    assert.include(record1.text, '被告诫人：宏基建设项目经理张建国')
    assert.include(record1.text, '审核意见：记录属实')
    assert.notInclude(record1.text, '见证人')
    assert.match(record1.document.document_number, /^沈和质监谈〔\d{4}〕\d+号$/)
    const verdict = await verifyPdf(record1.pdf)
    assert.isTrue(verdict.isValid)
    assert.equal(verdict.signerName, '沈阳市和平区建设工程质量监督站')
    const finished = await eventually('case 1 to finish', async () => (await db.from('engine_process_instances').where('id', first.body().processInstanceId).whereNotNull('ended_at').first()) ?? undefined)
    assert.exists(finished)

    // and a new case runs on version 2: without 见证人 it is refused at the field, with it the record prints it
    const missing = await client.post(`/api/processes/${name}/start`).bearerToken(supervisor).json({ value: talk })
    missing.assertStatus(422)
    assert.equal(missing.body().errors[0].path, 'witness')
    const second = await client.post(`/api/processes/${name}/start`).bearerToken(supervisor).json({ value: { ...talk, witness: '监理单位总监王海涛' } })
    second.assertStatus(201)
    cleanup(() => forgetCase(second.body().processInstanceId))
    const secondReview = await reviewTaskOf(client, supervisor, second.body().caseId)
    ;(await client.post(`/api/tasks/${secondReview}/actions/approve`).bearerToken(supervisor).json({ value: { opinion: '同意' } })).assertStatus(200)
    const record2 = await issuedRecord(second.body().processInstanceId)
    assert.include(record2.text, '见证人：监理单位总监王海涛')

    // the supervisor downloads the record from the case's documents
    const download = await client.get(`/api/documents/${record2.document.id}/pdf`).bearerToken(supervisor)
    download.assertStatus(200)
    assert.equal(download.header('content-type'), 'application/pdf')
  })
})
