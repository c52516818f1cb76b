import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { deployProjectFiling, filingBy, forgetCase, openTasks, uploadedBy } from './helpers.js'

/** Rows a refused start would have left: cases, instances, submissions. */
async function counts() {
  const count = async (table: string) => Number((await db.from(table).count('* as n').first())?.n)
  return { cases: await count('process_cases'), instances: await count('engine_process_instances'), submissions: await count('form_submissions') }
}

// the engine commits for real: each test files its own case
test.group('starting a case (发起办理)', (group) => {
  group.setup(() => deployProjectFiling())

  test('[5.2.2-01-01] an enterprise files 项目报监: the case goes to the station of the project’s district and the review task opens', async ({ client, assert, cleanup }) => {
    // given
    const filer = await tokenFor(client, 'chengjian.user')
    const worker = await tokenFor(client, 'worker')

    // when
    const response = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { projectCode: '2026-210102-47-01-900001' }) })

    // then: the case row names the 和平区 quality station and sits under 和平区's authority
    response.assertStatus(201)
    const { caseId, caseNo, processInstanceId } = response.body()
    cleanup(() => forgetCase(processInstanceId))
    assert.match(caseNo, /^BJ\d{8}\d{6}$/)
    const row = await db.from('process_cases').where('id', caseId).firstOrFail()
    const authority = await db.from('organizations').where({ kind: 'authority', region_code: '210102' }).firstOrFail()
    const station = await db.from('organizations').where({ kind: 'quality_station', parent_id: authority.id }).firstOrFail()
    assert.equal(row.scope_path, authority.path)
    assert.equal(row.handling_organization_id, station.id)
    assert.equal(row.process_instance_id, processInstanceId)
    assert.equal(row.title, '项目报监：沈阳市和平区南京南街商住楼项目')
    const [review] = await openTasks(client, worker, processInstanceId)
    assert.equal(review.taskDefinitionKey, 'review')
    const submission = await db.from('form_submissions').where({ process_instance_id: processInstanceId }).firstOrFail()
    assert.equal(submission.status, 'submitted')
    assert.isNull(submission.task_id)
    const actions = await db.from('case_actions').where('case_id', caseId)
    assert.deepEqual(actions.map((a) => a.action), ['start'])
  })

  test('[5.2.2-01-01] a filing with a missing required field is a 422 at the field, and nothing is filed or started', async ({ client, assert }) => {
    const filer = await tokenFor(client, 'chengjian.user')
    const before = await counts()

    const { permitNo, ...rest } = await filingBy('chengjian.user')
    const response = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: rest })

    response.assertStatus(422)
    assert.exists(response.body().errors.find((e: { path: string }) => e.path === 'permitNo'), JSON.stringify(response.body()))
    assert.deepEqual(await counts(), before)
    void permitNo
  })

  test('a region without an authority is a 422 at the region field', async ({ client, assert }) => {
    const filer = await tokenFor(client, 'chengjian.user')
    await db.table('form_dictionary_items').insert({ dictionary_id: (await db.from('form_dictionaries').where('name', 'administrative-region').firstOrFail()).id, value: '219999', label: '测试县', sort_order: 999, is_enabled: true })
    const before = await counts()
    try {
      const response = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { regionCode: '219999' }) })
      response.assertStatus(422)
      assert.equal(response.body().errors[0].path, 'regionCode')
      assert.deepEqual(await counts(), before)
    } finally {
      await db.from('form_dictionary_items').where('value', '219999').delete()
    }
  })

  test('a user whose roles may not start the process gets 404, and nothing is filed', async ({ client, assert }) => {
    const supervisor = await tokenFor(client, 'hp.supervisor')
    const before = await counts()

    const response = await client.post('/api/processes/project-filing/start').bearerToken(supervisor).json({ value: await filingBy('hp.supervisor') })

    response.assertStatus(404)
    assert.match(response.body().message ?? JSON.stringify(response.body()), /没有可发起的流程/)
    assert.deepEqual(await counts(), before)
  })

  test('[5.2.2-01-01] attachments: another user\'s upload is a 422 at its item; once filed, the station of the case may open the filer\'s file and another district may not', async ({ client, assert, cleanup }) => {
    const filer = await tokenFor(client, 'chengjian.user')
    const stranger = await uploadedBy('haiwan.user', '他人的文件.pdf')
    const before = await counts()

    // a file someone else uploaded cannot be slipped into a filing
    const refused = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { permitFiles: [stranger] }) })
    refused.assertStatus(422)
    assert.deepEqual(refused.body().errors.map((e: { path: string; message: string }) => [e.path, e.message]), [['permitFiles.0', '附件不存在，或您无权使用该附件']])
    assert.deepEqual(await counts(), before)

    // the filer's own file goes into the case: its station opens it, another district's supervisor gets 404
    const value = await filingBy('chengjian.user', { projectCode: '2026-210102-47-01-900002' })
    const started = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value })
    started.assertStatus(201)
    cleanup(() => forgetCase(started.body().processInstanceId))
    const permit = (value.permitFiles as { id: string }[])[0].id
    const linked = await db.from('form_submission_uploads').where('upload_id', permit).first()
    assert.exists(linked)
    const visibleTo = async (username: string) => {
      const { findVisibleUpload } = await import('#services/uploads/visible_uploads')
      const { loadAccess } = await import('#services/access/access')
      const user = await (await import('#models/user')).default.findByOrFail('username', username)
      return findVisibleUpload(permit, await loadAccess(user)).then(() => true, () => false)
    }
    assert.isTrue(await visibleTo('hp.supervisor'), 'the station')
    assert.isTrue(await visibleTo('chengjian.user'), 'the filer')
    assert.isFalse(await visibleTo('hn.supervisor'))
    assert.isFalse(await visibleTo('haiwan.user'))
  })
})
