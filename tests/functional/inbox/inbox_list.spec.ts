import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { deployReview, setDue, startCase, todoIds } from './helpers.js'

test.group('inbox lists (待办/已办/抄送)', () => {
  test('[5.2.2-01-01] a task whose instance has no case is in no portal inbox and cannot be opened', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId } = await startCase(client, worker, { withCase: false })
    const supervisor = await tokenFor(client, 'hp.supervisor')

    assert.notInclude(await todoIds(client, supervisor), taskId)
    ;(await client.get(`/api/tasks/${taskId}`).bearerToken(supervisor)).assertStatus(404)
  })

  test('filters by text, process and due date; counts stay right with pagination', async ({ client, assert }) => {
    // given: three cases, one of them overdue
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const marker = `筛选${Date.now().toString(36)}`
    const cases = [await startCase(client, worker, { title: `${marker} 甲` }), await startCase(client, worker, { title: `${marker} 乙` }), await startCase(client, worker, { title: `${marker} 丙` })]
    await setDue(client, worker, cases[0].taskId, '2020-01-01T00:00:00.000+0000')
    await setDue(client, worker, cases[1].taskId, '2999-01-01T00:00:00.000+0000')
    const supervisor = await tokenFor(client, 'hp.supervisor')

    // when / then: text + page size 2 → total 3, two rows, soonest due first
    const page = await client.get('/api/inbox').qs({ q: marker, perPage: '2' }).bearerToken(supervisor)
    page.assertStatus(200)
    assert.equal(page.body().meta.total, 3)
    assert.equal(page.body().meta.lastPage, 2)
    assert.deepEqual(page.body().data.map((r: { taskId: string }) => r.taskId), [cases[0].taskId, cases[1].taskId])
    assert.isTrue(page.body().data[0].overdue)

    assert.deepEqual(await todoIds(client, supervisor, { q: marker, overdue: 'true' }), [cases[0].taskId])
    assert.deepEqual(await todoIds(client, supervisor, { q: marker, dueAfter: '2100-01-01' }), [cases[1].taskId])
    assert.deepEqual(await todoIds(client, supervisor, { q: marker, process: 'someOtherProcess' }), [])
    const bad = await client.get('/api/inbox').qs({ dueBefore: '明天' }).bearerToken(supervisor)
    bad.assertStatus(422)
  })

  test('the summary counts open, new since the last visit and overdue tasks; visiting the inbox page clears "new"', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId } = await startCase(client, worker, { title: '摘要测试' })
    await setDue(client, worker, taskId, '2020-01-01T00:00:00.000+0000')
    const supervisor = await tokenFor(client, 'hp.supervisor')
    const user = await db.from('users').where('username', 'hp.supervisor').firstOrFail()
    await db.from('inbox_marks').where('user_id', user.id).delete()

    const before = await client.get('/api/inbox/summary').bearerToken(supervisor)
    before.assertStatus(200)
    assert.isAtLeast(before.body().open, 1)
    assert.equal(before.body().new, before.body().open)
    assert.isAtLeast(before.body().overdue, 1)
    assert.includeMembers(Object.keys(before.body().latest[0]), ['taskId', 'name', 'caseTitle', 'caseNo', 'dueAt', 'overdue'])

    // when: the page is opened on the portal session
    const page = await client.get('/inbox').loginAs(await (await import('#models/user')).default.findOrFail(user.id))
    page.assertStatus(200)

    // then
    const after = await client.get('/api/inbox/summary').bearerToken(supervisor)
    assert.equal(after.body().new, 0)
    assert.equal(after.body().open, before.body().open)
  })

  test('a task whose reminder time (提醒时间) has come is marked 提醒 in the list, the bell and the task until it is overdue', async ({ client, assert }) => {
    // given: three open reviews — reminded, not yet reminded, and overdue with its reminder past
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const supervisor = await tokenFor(client, 'hp.supervisor')
    const remindBefore = (await client.get('/api/inbox/summary').bearerToken(supervisor)).body().remind as number
    const dates = (taskId: string, followUp: string, due: string) => client.put(`/engine-rest/task/${taskId}`).bearerToken(worker).json({ followUp, due })
    const reminded = await startCase(client, worker, { title: '提醒测试甲' })
    const later = await startCase(client, worker, { title: '提醒测试乙' })
    const late = await startCase(client, worker, { title: '提醒测试丙' })
    ;(await dates(reminded.taskId, '2020-01-01T00:00:00.000+0000', '2099-01-01T00:00:00.000+0000')).assertStatus(204)
    ;(await dates(later.taskId, '2098-01-01T00:00:00.000+0000', '2099-01-01T00:00:00.000+0000')).assertStatus(204)
    ;(await dates(late.taskId, '2019-01-01T00:00:00.000+0000', '2020-01-01T00:00:00.000+0000')).assertStatus(204)

    // then: the list marks only the first
    const rows = (await client.get('/api/inbox').qs({ q: '提醒测试', perPage: '100' }).bearerToken(supervisor)).body().data as { taskId: string; remind: boolean; overdue: boolean; followUpAt: string | null }[]
    const row = (id: string) => rows.find((r) => r.taskId === id)!
    assert.deepEqual([row(reminded.taskId).remind, row(later.taskId).remind, row(late.taskId).remind], [true, false, false])
    assert.isTrue(row(late.taskId).overdue)
    assert.equal(row(reminded.taskId).followUpAt, '2020-01-01T00:00:00.000Z')

    // and the bell counts it once
    const summary = (await client.get('/api/inbox/summary').bearerToken(supervisor)).body()
    assert.equal(summary.remind, remindBefore + 1)

    // and the task says so
    const view = (await client.get(`/api/tasks/${reminded.taskId}`).bearerToken(supervisor)).body()
    assert.include(view.task, { followUpAt: '2020-01-01T00:00:00.000Z', remind: true })
    assert.isFalse((await client.get(`/api/tasks/${later.taskId}`).bearerToken(supervisor)).body().task.remind)
  })

  test('the task page renders for the holder with its actions and the diagram data', async ({ client, assert }) => {
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { taskId } = await startCase(client, worker)
    const supervisor = await tokenFor(client, 'hp.supervisor')

    const view = await client.get(`/api/tasks/${taskId}`).bearerToken(supervisor)
    view.assertStatus(200)
    assert.includeMembers(view.body().actions, ['approve', 'return', 'transfer', 'delegate', 'copy', 'claim'])
    assert.deepEqual(view.body().diagram.current, ['review'])
    assert.include(view.body().diagram.completed, 'start')
    assert.equal(view.body().case.applicant, '辽宁宏基建设集团有限公司')
    assert.exists(view.body().case.project)

    const user = await (await import('#models/user')).default.findByOrFail('username', 'hp.supervisor')
    const page = await client.get(`/tasks/${taskId}`).loginAs(user).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('tasks/show')
  })
})
