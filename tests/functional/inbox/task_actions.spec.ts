import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { act, deployReview, startCase, todoIds, userId } from './helpers.js'

/** Rows of the engine's task history for a task: one per start, ended once. */
function completions(taskId: string) {
  return db.from('engine_hist_tasks').where({ id: taskId, delete_reason: 'completed' }).count('* as n').first().then((row) => Number(row?.n))
}

// the engine commits for real, so each test starts its own case rather than rolling back
test.group('task actions (待办办理)', () => {
  test('[5.2.2-01-01] another district\'s supervisor neither sees nor can open, claim or complete the task (404)', async ({ client, assert }) => {
    // given: a 和平区 review, offered to every supervisor
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId } = await startCase(client, worker)
    const hunnan = await tokenFor(client, 'hn.supervisor')

    // then
    assert.notInclude(await todoIds(client, hunnan), taskId)
    ;(await client.get(`/api/tasks/${taskId}`).bearerToken(hunnan)).assertStatus(404)
    const claim = await act(client, hunnan, taskId, 'claim')
    claim.assertStatus(404)
    assert.match(claim.body().message, /[\u4e00-\u9fa5]/)
    ;(await act(client, hunnan, taskId, 'approve')).assertStatus(404)
    assert.equal(await completions(taskId), 0)
  })

  test('[5.2.2-01-01] 已办 lists the tasks one completed only in cases still in one\'s scope', async ({ client, assert }) => {
    // given: the 和平区 supervisor completed a review
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId, caseId } = await startCase(client, worker, { title: '已办范围' })
    const supervisor = await tokenFor(client, 'hp.supervisor')
    ;(await act(client, supervisor, taskId, 'approve')).assertStatus(200)
    const doneIds = async () => ((await client.get('/api/inbox').qs({ tab: 'done', q: '已办范围', perPage: '100' }).bearerToken(supervisor)).body().data as { taskId: string }[]).map((r) => r.taskId)
    assert.include(await doneIds(), taskId)

    // when: the case is handed to a station of another district, and is no longer filed under a project of his
    const before = await db.from('process_cases').where('id', caseId!).firstOrFail()
    const hunnan = await db.from('users').where('username', 'hn.supervisor').firstOrFail()
    const elsewhere = (await db.from('projects').select('scope_path')).map((p) => p.scope_path as string).find((path) => !path.startsWith(before.scope_path) && !before.scope_path.startsWith(path))
    assert.exists(elsewhere)
    await db.from('process_cases').where('id', caseId!).update({ handling_organization_id: hunnan.organization_id, scope_path: elsewhere, project_id: null })
    try {
      // then: it is no longer his to see
      assert.notInclude(await doneIds(), taskId)
    } finally {
      await db.from('process_cases').where('id', caseId!).update({ handling_organization_id: before.handling_organization_id, scope_path: before.scope_path, project_id: before.project_id })
    }
  })

  test('[5.2.2-01-01] the applicant, who sees the case but is no candidate, cannot complete the review (403)', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId } = await startCase(client, worker)
    const applicant = await tokenFor(client, 'hongji.user')

    assert.notInclude(await todoIds(client, applicant), taskId)
    const response = await act(client, applicant, taskId, 'approve', { opinion: '自己通过' })
    response.assertStatus(403)
    assert.include(response.body().message, '不由您办理')
    assert.equal(await completions(taskId), 0)
  })

  test('[5.2.2-01-01] the district supervisor sees the task, approves it once; a second approval is a 404 and the engine completed it once', async ({ client, assert }) => {
    // given
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId, instanceId, caseId } = await startCase(client, worker, { title: '长白岛一期报监审查' })
    const supervisor = await tokenFor(client, 'hp.supervisor')
    const listed = await client.get('/api/inbox').qs({ q: '长白岛一期', perPage: '100' }).bearerToken(supervisor)
    const row = listed.body().data.find((r: { taskId: string }) => r.taskId === taskId)
    assert.exists(row)
    assert.isTrue(row.isCandidate)
    assert.equal(row.name, '受理审查')

    // when
    const first = await act(client, supervisor, taskId, 'approve', { opinion: '资料齐全，同意受理' })
    const second = await act(client, supervisor, taskId, 'approve', { opinion: '再点一次' })

    // then
    first.assertStatus(200)
    second.assertStatus(404)
    assert.include(second.body().message, '已办理')
    assert.equal(await completions(taskId), 1)
    assert.isNull(await db.from('engine_process_instances').where({ id: instanceId, state: 'ACTIVE' }).first())
    const actions = await db.from('case_actions').where({ case_id: caseId!, task_id: taskId })
    assert.deepEqual(actions.map((a) => [a.action, a.comment]), [['approve', '资料齐全，同意受理']])
    // and it moved from 待办 to 已办, naming him
    assert.notInclude(await todoIds(client, supervisor), taskId)
    assert.include(await todoIds(client, supervisor, { tab: 'done' }), taskId)
    const variables = await db.from('engine_hist_variables').where({ process_instance_id: instanceId, name: 'outcome' }).first()
    assert.include(String(variables?.value), 'approve')
  })

  test('[5.2.2-01-01] two approvals sent at once complete the task once: one 200, the other a 4xx with a Chinese message', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId, caseId } = await startCase(client, worker)
    const supervisor = await tokenFor(client, 'hp.supervisor')

    // when
    const responses = await Promise.all([act(client, supervisor, taskId, 'approve'), act(client, supervisor, taskId, 'approve')])

    // then
    const statuses = responses.map((r) => r.status()).sort()
    assert.equal(statuses[0], 200)
    assert.oneOf(statuses[1], [404, 409])
    assert.match(responses.find((r) => r.status() !== 200)!.body().message, /[\u4e00-\u9fa5]/)
    assert.equal(await completions(taskId), 1)
    assert.equal(Number((await db.from('case_actions').where({ case_id: caseId!, action: 'approve' }).count('* as n').first())?.n), 1)
  })

  test('[5.2.2-01-01] 认领 takes a candidate task from the other candidates; 取消认领 gives it back', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId } = await startCase(client, worker)
    const heping = await tokenFor(client, 'hp.supervisor')
    const city = await tokenFor(client, 'sy.supervisor')
    assert.include(await todoIds(client, city), taskId)

    // when
    ;(await act(client, heping, taskId, 'claim')).assertStatus(200)

    // then: his; the city's supervisor no longer sees it and may not act on it
    assert.equal((await db.from('engine_tasks').where('id', taskId).first()).assignee, 'hp.supervisor')
    assert.notInclude(await todoIds(client, city), taskId)
    ;(await act(client, city, taskId, 'approve')).assertStatus(403)
    ;(await act(client, city, taskId, 'claim')).assertStatus(409)

    ;(await act(client, heping, taskId, 'unclaim')).assertStatus(200)
    assert.isNull((await db.from('engine_tasks').where('id', taskId).first()).assignee)
    assert.include(await todoIds(client, city), taskId)
  })

  test('[5.2.2-01-01] 转办 hands the task to a colleague of the same station; someone of another unit is refused at userId', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId } = await startCase(client, worker)
    const supervisor = await tokenFor(client, 'hp.supervisor')
    const chief = await tokenFor(client, 'hp.chief')

    // another unit: a 422 with the path, nothing changes
    const refused = await act(client, supervisor, taskId, 'transfer', { userId: await userId('hn.supervisor') })
    refused.assertStatus(422)
    assert.equal(refused.body().errors[0].path, 'userId')
    assert.isNull((await db.from('engine_tasks').where('id', taskId).first()).assignee)

    // when
    const colleagues = await client.get(`/api/tasks/${taskId}/colleagues`).bearerToken(supervisor)
    assert.include(colleagues.body().map((c: { username: string }) => c.username), 'hp.chief')
    ;(await act(client, supervisor, taskId, 'transfer', { userId: await userId('hp.chief'), comment: '请站长审查' })).assertStatus(200)

    // then
    const task = await db.from('engine_tasks').where('id', taskId).first()
    assert.equal(task.assignee, 'hp.chief')
    assert.isNull(task.owner)
    assert.include(await todoIds(client, chief), taskId)
    assert.notInclude(await todoIds(client, supervisor), taskId)
    ;(await act(client, supervisor, taskId, 'approve')).assertStatus(403)
    ;(await act(client, chief, taskId, 'approve')).assertStatus(200)
  })

  test('[5.2.2-01-01] 委派: the delegate cannot complete, he gives it back (归还) and the owner completes', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId } = await startCase(client, worker)
    const supervisor = await tokenFor(client, 'hp.supervisor')
    const chief = await tokenFor(client, 'hp.chief')

    // when
    ;(await act(client, supervisor, taskId, 'delegate', { userId: await userId('hp.chief') })).assertStatus(200)

    // then
    let task = await db.from('engine_tasks').where('id', taskId).first()
    assert.deepEqual([task.assignee, task.owner, task.delegation_state], ['hp.chief', 'hp.supervisor', 'PENDING'])
    const refused = await act(client, chief, taskId, 'approve')
    refused.assertStatus(409)
    assert.include(refused.body().message, '归还')
    ;(await act(client, chief, taskId, 'resolve', { opinion: '已核对' })).assertStatus(200)
    task = await db.from('engine_tasks').where('id', taskId).first()
    assert.deepEqual([task.assignee, task.delegation_state], ['hp.supervisor', 'RESOLVED'])
    ;(await act(client, supervisor, taskId, 'approve')).assertStatus(200)
    assert.equal(await completions(taskId), 1)
  })

  test('[5.2.2-01-01] 驳回 needs a reason (422 at returnReason); with one, the case goes back to the applicant', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId, instanceId } = await startCase(client, worker)
    const supervisor = await tokenFor(client, 'hp.supervisor')

    // when: no reason
    const refused = await act(client, supervisor, taskId, 'return', { returnReason: '   ' })

    // then
    refused.assertStatus(422)
    assert.equal(refused.body().errors[0].path, 'returnReason')
    assert.include(refused.body().errors[0].message, '驳回原因')
    assert.equal(await completions(taskId), 0)

    // when: with a reason
    ;(await act(client, supervisor, taskId, 'return', { returnReason: '施工许可证扫描件不清晰' })).assertStatus(200)
    const correction = await db.from('engine_tasks').where('process_instance_id', instanceId).firstOrFail()
    assert.equal(correction.task_definition_key, 'correct')
    assert.equal(correction.assignee, 'hongji.user')
    const applicant = await tokenFor(client, 'hongji.user')
    assert.include(await todoIds(client, applicant), correction.id)
    const view = await client.get(`/api/tasks/${correction.id}`).bearerToken(applicant)
    view.assertStatus(200)
    assert.equal(view.body().history.actions.at(-1).comment, '施工许可证扫描件不清晰')
  })

  test('an action the step does not declare is refused (403); 抄送 puts the case in the colleague\'s 抄送 tab, unread until he opens the case', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId, instanceId } = await startCase(client, worker)
    const supervisor = await tokenFor(client, 'hp.supervisor')
    ;(await act(client, supervisor, taskId, 'return', { returnReason: '补正' })).assertStatus(200)
    const applicant = await tokenFor(client, 'hongji.user')
    const correction = await db.from('engine_tasks').where('process_instance_id', instanceId).firstOrFail()
    // 补正 declares nothing: only 通过 (submission)
    ;(await act(client, applicant, correction.id, 'transfer', { userId: await userId('hp.chief') })).assertStatus(403)

    const { taskId: other } = await startCase(client, worker)
    ;(await act(client, supervisor, other, 'copy', { userIds: [await userId('hp.chief')], comment: '请知悉' })).assertStatus(200)
    const chief = await tokenFor(client, 'hp.chief')
    const copyOf = async () => {
      const copies = await client.get('/api/inbox').qs({ tab: 'copies', perPage: '100' }).bearerToken(chief)
      return copies.body().data.find((r: { taskId: string }) => r.taskId === other) as { caseId: number; unread: boolean } | undefined
    }
    const copy = await copyOf()
    assert.exists(copy)
    assert.isTrue(copy!.unread)
    const unreadBefore = (await client.get('/api/inbox/summary').bearerToken(chief)).body().unreadCopies as number
    assert.isAtLeast(unreadBefore, 1)

    // opening the case reads the copy; the supervisor who sent it opening it changes nothing of the chief's
    const User = (await import('#models/user')).default
    ;(await client.get(`/cases/${copy!.caseId}`).loginAs(await User.findByOrFail('username', 'hp.supervisor'))).assertStatus(200)
    assert.isTrue((await copyOf())!.unread)
    ;(await client.get(`/cases/${copy!.caseId}`).loginAs(await User.findByOrFail('username', 'hp.chief'))).assertStatus(200)
    assert.isFalse((await copyOf())!.unread)
    assert.equal((await client.get('/api/inbox/summary').bearerToken(chief)).body().unreadCopies, unreadBefore - 1)
  })
})
