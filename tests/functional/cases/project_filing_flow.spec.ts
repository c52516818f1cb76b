import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { WorkerHost } from '#services/engine/workers/worker_host'
import { TOPICS } from '#services/engine/workers/topics'
import { issuedDocumentPdf, verifyPdf } from '#documents'
import { signInLink } from '#services/cases/briefing_sign_in'
import { tokenFor } from '#tests/helpers/api'
import { parseDate } from '#engine'
import { eventually } from '#tests/helpers/eventually'
import { deployProjectFiling, filingBy, forgetCase, openTasks } from './helpers.js'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`

/** Completes an open task through the engine's REST API with plain variables. */
async function complete(client: ApiClient, token: string, taskId: string, variables: Record<string, unknown>) {
  const dtos = Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, typeof value === 'object' ? { value: JSON.stringify(value), type: 'Json' } : { value }]))
  ;(await client.post(`/engine-rest/task/${taskId}/complete`).bearerToken(token).json({ variables: dtos })).assertStatus(204)
}

/** An open task; if it never comes, the failure says how far the instance got and what its external tasks report. */
async function waitForTask(client: ApiClient, token: string, instanceId: string, key: string) {
  let progress = ''
  return eventually(
    () => `task ${key} (${progress})`,
    async () => {
      const visited = await db.from('engine_hist_activities').where('process_instance_id', instanceId).select('activity_id')
      const external = await db.from('engine_external_tasks').where('process_instance_id', instanceId).select('activity_id', 'retries', 'error_message')
      progress = `visited ${visited.map((a) => a.activity_id).join(' → ')}; external tasks ${JSON.stringify(external)}`
      return (await openTasks(client, token, instanceId)).find((task) => task.taskDefinitionKey === key)
    }
  )
}

const DAY = 86_400_000
const BEIJING = 8 * 3_600_000

/**
 * Counted here without the engine: the end (Beijing 24:00) of the n-th working
 * day after the Beijing day of `at`, with the holidays and adjusted workdays
 * the 数据字典 page shows.
 */
async function workingDaysEnd(client: ApiClient, token: string, at: number, n: number): Promise<number> {
  const dates = async (name: string) => {
    const items = (await client.get(`/api/dictionaries/${name}`).bearerToken(token)).body().items as { value: string; isEnabled: boolean }[]
    return new Set(items.filter((item) => item.isEnabled).map((item) => item.value))
  }
  const [holidays, worked] = [await dates('statutory-holidays'), await dates('adjusted-workdays')]
  let day = Math.floor((at + BEIJING) / DAY)
  for (let left = n; left > 0; ) {
    day++
    const date = new Date(day * DAY)
    const weekday = date.getUTCDay()
    const iso = date.toISOString().slice(0, 10)
    if (!holidays.has(iso) && (worked.has(iso) || (weekday >= 1 && weekday <= 5))) left--
  }
  return (day + 1) * DAY - BEIJING
}

test.group('项目报监 from filing to briefing (engine, workers, documents)', (group) => {
  let host: WorkerHost
  group.setup(async () => {
    await deployProjectFiling()
    host = new WorkerHost({ baseUrl: BASE_URL, asyncResponseTimeout: 5000, topics: { 'filing-accept': TOPICS['filing-accept'], 'document-render': TOPICS['document-render'] } })
    await host.start()
    return () => host.stop()
  })

  test('[5.2.2-08-01] 受理审查 is due when the 3rd working day after filing ends (监督通知书 within 3 工作日)', async ({ client, assert, cleanup }) => {
    // given: 城建置业 files
    const filer = await tokenFor(client, 'chengjian.user')
    const worker = await tokenFor(client, 'worker')
    const started = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { projectCode: '2026-210102-47-01-900102' }) })
    started.assertStatus(201)
    cleanup(() => forgetCase(started.body().processInstanceId))

    // when: the station's review opens
    const review = await waitForTask(client, worker, started.body().processInstanceId, 'review')
    const [task] = (await client.get(`/engine-rest/task?taskId=${review.id}`).bearerToken(worker)).body()

    // then: its deadline is 24:00 of the third working day, weekends and holidays skipped
    assert.equal(parseDate(task.due), await workingDaysEnd(client, worker, parseDate(task.created), 3))
  })

  test('[5.2.2-08-01] accepted filing: project registered with its parties, 监督受理通知书 and 监督计划书 issued signed, briefing goes to the assigned supervisors, attendees sign in', async ({ client, assert, cleanup }) => {
    // given: 城建置业 files, the station accepts and the chief assigns two supervisors
    const filer = await tokenFor(client, 'chengjian.user')
    const worker = await tokenFor(client, 'worker')
    const code = '2026-210102-47-01-900101'
    const started = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { projectCode: code }) })
    started.assertStatus(201)
    const { caseId, caseNo, processInstanceId } = started.body()
    cleanup(() => forgetCase(processInstanceId))
    const review = await waitForTask(client, worker, processInstanceId, 'review')
    await complete(client, worker, review.id, { outcome: 'approve', opinion: '资料齐全，予以受理' })
    const assign = await waitForTask(client, worker, processInstanceId, 'assign')
    const team = await db.from('users').whereIn('username', ['hp.chief', 'hp.supervisor']).orderBy('username')
    const checkpoints = [{ stage: '基础施工阶段', period: '2026年12月—2027年3月', content: '基坑支护与降水', method: '抽查' }]
    await complete(client, worker, assign.id, { supervisorIds: team.map((u) => String(u.id)), riskLevel: '重大风险', frequency: '每月不少于2次', checkpoints })

    // when: the workers register the project and issue both documents
    const briefing = await waitForTask(client, worker, processInstanceId, 'briefing')

    // then: the project exists in 和平区 with its parties, and the case points at it
    const project = await db.from('projects').where('code', code).firstOrFail()
    const heping = await db.from('organizations').where({ kind: 'authority', region_code: '210102' }).firstOrFail()
    assert.equal(project.scope_path, heping.path)
    const parties = await db.from('project_parties').join('organizations', 'organizations.id', 'project_parties.organization_id').where('project_id', project.id).select('role', 'name')
    assert.deepInclude(parties, { role: 'owner', name: '沈阳城建置业有限公司' })
    assert.deepInclude(parties, { role: 'contractor', name: '辽宁宏基建设集团有限公司' })
    assert.equal((await db.from('process_cases').where('id', caseId).firstOrFail()).project_id, project.id)

    // the two documents are issued by the 和平区 quality station, signed, and name the supervisors and the filing number
    // (the test clock stands still, so both carry the same time: they are told apart by template)
    const documents = await db.from('issued_documents').where('process_instance_id', processInstanceId).orderBy('template_key')
    assert.deepEqual(documents.map((d) => d.template_key), ['supervision-acceptance-notice', 'supervision-plan'])
    const notice = JSON.parse(documents[0].data)
    assert.equal(notice.project.filingNumber, caseNo)
    assert.deepEqual(notice.supervisors.map((s: { certificateNo: string }) => s.certificateNo), ['辽建执210102001', '辽建执210102017'])
    const verdict = await verifyPdf((await issuedDocumentPdf(documents[0].id))!)
    assert.isTrue(verdict.isValid)
    assert.equal(verdict.signerName, '沈阳市和平区建设工程质量监督站')
    const timeline = await db.from('case_actions').where('case_id', caseId).orderBy('id').select('action', 'target')
    assert.deepEqual(timeline.map((a) => a.action), ['start', 'document', 'document'])
    assert.sameMembers(timeline.slice(1).map((a) => a.target), documents.map((d) => d.document_number))

    // the briefing is for exactly the assigned supervisors
    const links = (await client.get(`/engine-rest/task/${briefing.id}/identity-links`).bearerToken(worker)).body()
    assert.sameMembers(links.filter((l: { type: string }) => l.type === 'candidate').map((l: { userId: string }) => l.userId), ['hp.chief', 'hp.supervisor'])

    // an attendee signs in through the signed link; a second time with the same number is refused; a forged link is refused
    const path = new URL(signInLink(caseId).url).pathname + new URL(signInLink(caseId).url).search
    ;(await client.get(path)).assertStatus(200)
    const attendee = { name: '张伟', organizationName: '辽宁宏基建设集团有限公司', position: '项目经理', mobile: '13700001111' }
    ;(await client.post(path).form(attendee).withCsrfToken().redirects(0)).assertStatus(302)
    const again = await client.post(path).header('referer', path).form(attendee).withCsrfToken().redirects(0)
    again.assertStatus(302)
    again.assertFlashMessage('inputErrorsBag', { mobile: ['手机号 13700001111 已于本次会议签到'] })
    ;(await client.get(`/briefing/${caseId}`)).assertStatus(403)
    const signIns = await db.from('briefing_sign_ins').where('case_id', caseId)
    assert.lengthOf(signIns, 1)
    assert.equal(signIns[0].name, '张伟')

    // after the briefing the case has ended and the link no longer signs anyone in
    await complete(client, worker, briefing.id, { briefingDate: '2026-12-01', briefingPlace: '项目部会议室', minutes: '宣读监督计划，明确各方责任' })
    assert.equal((await db.from('engine_process_instances').where('id', processInstanceId).firstOrFail()).state, 'completed')
    ;(await client.get(path)).assertStatus(404)
  })
})
