import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { tokenFor } from '#tests/helpers/api'
import { deployProjectFiling, filingBy, forgetCase } from '../cases/helpers.js'

async function latestFiling(): Promise<{ id: string; version: number }> {
  return db.from('engine_process_definitions').where('key', 'project-filing').orderBy('version', 'desc').select('id', 'version').firstOrFail()
}

const path = (id: string, verb: 'suspend' | 'resume') => `/api/admin/definitions/${encodeURIComponent(id)}/${verb}`

test.group('流程定义 挂起 / 激活 (POST /api/admin/definitions/:id/suspend | resume)', (group) => {
  group.setup(() => deployProjectFiling())

  test('a suspended version is not offered, starting it is refused in the workspace and on /engine-rest; resumed it starts again; each change is audited', async ({ client, assert, cleanup }) => {
    // given
    const admin = await tokenFor(client, 'sysadmin')
    const filer = await tokenFor(client, 'chengjian.user')
    const worker = await tokenFor(client, 'worker')
    const definition = await latestFiling()
    cleanup(async () => void (await db.from('engine_process_definitions').where('id', definition.id).update({ suspended: false })))

    // when: the administrator suspends the version
    const suspended = await client.post(path(definition.id, 'suspend')).bearerToken(admin).json({})

    // then
    suspended.assertStatus(200)
    assert.deepEqual(suspended.body(), { id: definition.id, suspended: true, instances: 0 })
    const audit = await db.from('audit_logs').where('action', 'definition.suspend').orderBy('id', 'desc').firstOrFail()
    assert.equal(audit.username, 'sysadmin')
    assert.equal(audit.target_id, definition.id)
    const catalog = (await client.get('/api/admin/definitions').bearerToken(admin)).body()
    assert.isTrue(catalog.find((entry: { key: string }) => entry.key === 'project-filing').versions[0].suspended)

    const offered = await client.get('/workspace/start').withInertia().loginAs(await User.findByOrFail('username', 'chengjian.user'))
    assert.notInclude(offered.inertiaProps.processes.map((p: { key: string }) => p.key), 'project-filing')
    const refused = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { projectCode: '2026-210102-47-01-900401' }) })
    refused.assertStatus(409)
    assert.equal(refused.body().code, 'E_PROCESS_SUSPENDED')
    assert.include(refused.body().message, '已被管理员挂起')
    const byEngine = await client.post('/engine-rest/process-definition/key/project-filing/start').bearerToken(worker).json({})
    byEngine.assertStatus(400)
    assert.equal(byEngine.body().type, 'SuspendedEntityInteractionException')

    // when: resumed
    const resumed = await client.post(path(definition.id, 'resume')).bearerToken(admin).json({ includeProcessInstances: true })

    // then: offered and started again
    resumed.assertStatus(200)
    assert.isFalse(resumed.body().suspended)
    assert.equal((await db.from('audit_logs').where('action', 'definition.resume').orderBy('id', 'desc').firstOrFail()).target_id, definition.id)
    const again = await client.get('/workspace/start').withInertia().loginAs(await User.findByOrFail('username', 'chengjian.user'))
    assert.include(again.inertiaProps.processes.map((p: { key: string }) => p.key), 'project-filing')
    const started = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { projectCode: '2026-210102-47-01-900402' }) })
    started.assertStatus(201)
    cleanup(() => forgetCase(started.body().processInstanceId))
  })

  test('suspending with its instances holds their tasks until resumed', async ({ client, assert, cleanup }) => {
    // given: a filing waiting at 受理审查
    const admin = await tokenFor(client, 'sysadmin')
    const filer = await tokenFor(client, 'chengjian.user')
    const worker = await tokenFor(client, 'worker')
    const definition = await latestFiling()
    const started = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { projectCode: '2026-210102-47-01-900403' }) })
    started.assertStatus(201)
    const instanceId = started.body().processInstanceId
    cleanup(() => forgetCase(instanceId))
    cleanup(async () => void (await db.from('engine_process_definitions').where('id', definition.id).update({ suspended: false })))

    // when
    const suspended = await client.post(path(definition.id, 'suspend')).bearerToken(admin).json({ includeProcessInstances: true })

    // then
    suspended.assertStatus(200)
    assert.isAtLeast(suspended.body().instances, 1)
    const [task] = (await client.get('/engine-rest/task').qs({ processInstanceId: instanceId }).bearerToken(worker)).body()
    assert.isTrue(task.suspended)
    ;(await client.post(`/engine-rest/task/${task.id}/complete`).bearerToken(worker).json({})).assertStatus(400)

    // when: resumed with them
    ;(await client.post(path(definition.id, 'resume')).bearerToken(admin).json({ includeProcessInstances: true })).assertStatus(200)

    // then
    const [after] = (await client.get('/engine-rest/task').qs({ processInstanceId: instanceId }).bearerToken(worker)).body()
    assert.isFalse(after.suspended)
  })

  test('only the system administrator may suspend: others get 403, an unknown version 404', async ({ client }) => {
    const definition = await latestFiling()
    for (const username of ['hp.supervisor', 'secadmin', 'auditor', 'chengjian.user']) {
      const token = await tokenFor(client, username)
      ;(await client.post(path(definition.id, 'suspend')).bearerToken(token).json({})).assertStatus(403)
      ;(await client.post(path(definition.id, 'resume')).bearerToken(token).json({})).assertStatus(403)
    }
    ;(await client.post(path('project-filing:999:none', 'suspend')).bearerToken(await tokenFor(client, 'sysadmin')).json({})).assertStatus(404)
  })
})
