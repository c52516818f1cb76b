import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, reviewProcess } from '../engine/fixtures.js'

test.group('运行异常 (GET /api/admin/incidents, POST …/:id/retry)', () => {
  test('[5.1.3-01-01] a worker\'s failure shows as an incident of its process; 重试 resolves it, a worker gets the task again, and it is audited', async ({ client, assert }) => {
    // given: a check whose worker gave up
    const worker = await tokenFor(client, 'worker')
    await deployBpmn(client, worker, 'incident-check', reviewProcess('incidentCheck', 'incident.check'))
    const instanceId = (await client.post('/engine-rest/process-definition/key/incidentCheck/start').bearerToken(worker).json({ variables: { priority: { value: 0 } } })).body().id
    const fetch = () => client.post('/engine-rest/external-task/fetchAndLock').bearerToken(worker).json({ workerId: 'w1', maxTasks: 1, topics: [{ topicName: 'incident.check', lockDuration: 60_000 }] })
    const [task] = (await fetch()).body()
    ;(await client.post(`/engine-rest/external-task/${task.id}/failure`).bearerToken(worker).json({ workerId: 'w1', errorMessage: '核查服务不可用', retries: 0, retryTimeout: 0 })).assertStatus(204)

    // when: the system administrator looks at the process's incidents
    const admin = await tokenFor(client, 'sysadmin')
    const listed = await client.get('/api/admin/incidents').qs({ definitionKey: 'incidentCheck' }).bearerToken(admin)

    // then: the incident names the step, the reason and the instance
    listed.assertStatus(200)
    const incident = listed.body().incidents.find((i: { processInstanceId: string }) => i.processInstanceId === instanceId)
    assert.include(incident, { type: 'failedExternalTask', activityId: 'check', activityName: '自动核查', message: '核查服务不可用', definitionKey: 'incidentCheck', definitionName: '资料审查' })
    assert.deepEqual((await client.get('/api/admin/incidents').qs({ definitionKey: 'nothing-like-it' }).bearerToken(admin)).body().incidents, [])

    // when: 重试
    const retried = await client.post(`/api/admin/incidents/${incident.id}/retry`).bearerToken(admin)

    // then: resolved, the task goes to a worker again, and the audit trail says who
    retried.assertStatus(200)
    assert.equal(await db.from('engine_incidents').where('id', incident.id).count('* as n').first().then((r) => Number(r?.n)), 0)
    assert.lengthOf((await fetch()).body(), 1)
    const audit = await db.from('audit_logs').where('action', 'incident.retry').orderBy('id', 'desc').firstOrFail()
    assert.equal(audit.username, 'sysadmin')
    assert.equal(audit.target_id, incident.id)

    // and a second retry of the same incident is a 404 in Chinese
    const again = await client.post(`/api/admin/incidents/${incident.id}/retry`).bearerToken(admin)
    again.assertStatus(404)
    assert.include(again.body().message, '异常不存在或已处理')
  })

  test('[G-3.1.4] only the definition administrators see or retry incidents', async ({ client }) => {
    for (const username of ['hp.supervisor', 'secadmin', 'auditor']) {
      const token = await tokenFor(client, username)
      ;(await client.get('/api/admin/incidents').bearerToken(token)).assertStatus(403)
      ;(await client.post('/api/admin/incidents/x/retry').bearerToken(token)).assertStatus(403)
    }
  })
})
