import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { act, deployReview, PROCESS_KEY, startCase } from '../inbox/helpers.js'

test.group('运行中的实例 (GET /api/admin/instances, POST …/:id/suspend | resume)', () => {
  test('[5.1.3-01-01] the administrator sees where a running case waits and suspends it: its task refuses work until resumed; both changes are audited', async ({ client, assert }) => {
    // given: a review waiting for the district's supervisors
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const { instanceId, taskId, caseId } = await startCase(client, worker, { title: '挂起演示' })
    const definition = await db.from('engine_process_instances').where('id', instanceId).firstOrFail()
    const admin = await tokenFor(client, 'sysadmin')
    const listed = async () => ((await client.get('/api/admin/instances').qs({ definitionId: definition.definition_id }).bearerToken(admin)).body().instances as { id: string; suspended: boolean; waitingAt: string[]; caseId: number }[]).find((i) => i.id === instanceId)

    // then: the version lists it with its case and step
    assert.deepInclude(await listed(), { suspended: false, waitingAt: ['受理审查'], caseId })

    // when: suspended
    const suspended = await client.post(`/api/admin/instances/${instanceId}/suspend`).bearerToken(admin)

    // then: the case's task cannot be worked, and the audit trail says who held it
    suspended.assertStatus(200)
    assert.isTrue((await listed())!.suspended)
    const supervisor = await tokenFor(client, 'hp.supervisor')
    const refused = await act(client, supervisor, taskId, 'approve')
    refused.assertStatus(409)
    assert.match(refused.body().message, /[\u4e00-\u9fa5]/)
    assert.isTrue((await client.get(`/api/tasks/${taskId}`).bearerToken(supervisor)).body().task.suspended)
    const audit = await db.from('audit_logs').where('action', 'instance.suspend').orderBy('id', 'desc').firstOrFail()
    assert.deepInclude(audit, { username: 'sysadmin', target_id: instanceId })

    // when: resumed, the supervisor approves
    ;(await client.post(`/api/admin/instances/${instanceId}/resume`).bearerToken(admin)).assertStatus(200)
    ;(await act(client, supervisor, taskId, 'approve')).assertStatus(200)
    assert.equal((await db.from('audit_logs').where('action', 'instance.resume').orderBy('id', 'desc').firstOrFail()).target_id, instanceId)
    assert.isUndefined(await listed())
  })

  test('[G-3.1.4] only the definition administrators list or suspend instances; an unknown one is a 404; the version is required', async ({ client, assert }) => {
    const admin = await tokenFor(client, 'sysadmin')
    ;(await client.post('/api/admin/instances/no-such-instance/suspend').bearerToken(admin)).assertStatus(404)
    const missing = await client.get('/api/admin/instances').bearerToken(admin)
    missing.assertStatus(422)
    assert.equal(missing.body().errors[0].field, 'definitionId')
    for (const username of ['hp.supervisor', 'secadmin']) {
      const token = await tokenFor(client, username)
      ;(await client.get('/api/admin/instances').qs({ definitionId: `${PROCESS_KEY}:1:x` }).bearerToken(token)).assertStatus(403)
      ;(await client.post('/api/admin/instances/x/suspend').bearerToken(token)).assertStatus(403)
    }
  })
})
