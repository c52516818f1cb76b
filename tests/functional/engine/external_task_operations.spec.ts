import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, reviewProcess } from './fixtures.js'

test.group('engine REST: external tasks for operators', () => {
  test('one task by id, counts by lock and retries, and retries given back resolve the incident', async ({ client, assert }) => {
    // given: one waiting check
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'ext-a', reviewProcess('extA', 'ext.a'))
    const id = (await client.post('/engine-rest/process-definition/key/extA/start').bearerToken(token).json({ variables: { priority: { value: 0 } } })).body().id
    const [listed] = (await client.get(`/engine-rest/external-task?processInstanceId=${id}`).bearerToken(token)).body()
    const one = async () => (await client.get(`/engine-rest/external-task/${listed.id}`).bearerToken(token)).body()
    const count = async (query: string) => (await client.get(`/engine-rest/external-task/count?topicName=ext.a&${query}`).bearerToken(token)).body().count
    const incidents = async () => (await client.get(`/engine-rest/incident?processInstanceId=${id}`).bearerToken(token)).body()
    const fetch = (workerId: string) => client.post('/engine-rest/external-task/fetchAndLock').bearerToken(token).json({ workerId, maxTasks: 1, topics: [{ topicName: 'ext.a', lockDuration: 60_000 }] })

    // then
    assert.deepEqual(await one(), listed)
    ;(await client.get('/engine-rest/external-task/nope').bearerToken(token)).assertStatus(404)
    assert.deepEqual([await count(''), await count('notLocked=true'), await count('locked=true'), await count('withRetriesLeft=true')], [1, 1, 0, 1])

    // when: a worker takes it and gives up at once
    const [task] = (await fetch('w1')).body()
    assert.deepEqual([await count('locked=true'), await count('workerId=w1')], [1, 1])
    await client.post(`/engine-rest/external-task/${task.id}/failure`).bearerToken(token).json({ workerId: 'w1', errorMessage: '核查服务不可用', retries: 0, retryTimeout: 0 })

    // then: no retries, an incident, and no worker gets it
    assert.include(await one(), { retries: 0, errorMessage: '核查服务不可用' })
    assert.deepEqual([await count('noRetriesLeft=true'), await count('withRetriesLeft=true')], [1, 0])
    assert.lengthOf(await incidents(), 1)
    assert.deepEqual((await fetch('w2')).body(), [])

    // when: an operator gives it two retries
    ;(await client.put(`/engine-rest/external-task/${task.id}/retries`).bearerToken(token).json({ retries: 2 })).assertStatus(204)

    // then: the incident is resolved and a worker gets it again
    assert.deepEqual(await incidents(), [])
    assert.equal((await one()).retries, 2)
    assert.lengthOf((await fetch('w2')).body(), 1)

    // and taking the retries away raises the incident, as in Camunda
    ;(await client.put(`/engine-rest/external-task/${task.id}/retries`).bearerToken(token).json({ retries: 0 })).assertStatus(204)
    assert.deepEqual((await incidents()).map((i: { incidentType: string; configuration: string }) => [i.incidentType, i.configuration]), [['failedExternalTask', task.id]])
    ;(await client.put(`/engine-rest/external-task/${task.id}/retries`).bearerToken(token).json({ retries: -1 })).assertStatus(400)
    ;(await client.put('/engine-rest/external-task/nope/retries').bearerToken(token).json({ retries: 1 })).assertStatus(404)
  })
})
