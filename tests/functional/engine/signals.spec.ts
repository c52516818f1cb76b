import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, signalProcesses } from './fixtures.js'

async function taskKeys(client: ApiClient, token: string, instanceId: string) {
  const tasks = (await client.get(`/engine-rest/task?processInstanceId=${instanceId}`).bearerToken(token)).body()
  return tasks.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey)
}

test.group('engine signals', () => {
  test('a signal thrown by one process interrupts every catcher and starts the processes waiting for it', async ({ client, assert }) => {
    // given: two inspections under way and a stop-work order about to be issued
    const token = await tokenFor(client, 'worker')
    ;(await deployBpmn(client, token, 'sig-a', signalProcesses('sigA'))).assertStatus(200)
    const start = async (key: string) => (await client.post(`/engine-rest/process-definition/key/${key}/start`).bearerToken(token).json({})).body().id
    const inspections = [await start('sigAInspection'), await start('sigAInspection')]
    const order = await start('sigAOrder')
    const [issue] = (await client.get(`/engine-rest/task?processInstanceId=${order}`).bearerToken(token)).body()

    // when: the chief issues the order, whose throw event broadcasts the signal
    ;(await client.post(`/engine-rest/task/${issue.id}/complete`).bearerToken(token).json({})).assertStatus(204)

    // then: both inspections wait for resumption, and one notice process started
    for (const id of inspections) assert.deepEqual(await taskKeys(client, token, id), [])
    assert.isTrue((await client.get(`/engine-rest/process-instance/${order}`).bearerToken(token)).body().ended)
    const notices = (await client.get('/engine-rest/external-task?topicName=sigA.notify').bearerToken(token)).body()
    assert.lengthOf(notices, 1)

    // when: work resumes, by a signal sent through the REST API
    ;(await client.post('/engine-rest/signal').bearerToken(token).json({ name: 'sigA.resumed', variables: { resumedBy: { value: '和平区安监站' } } })).assertStatus(204)

    // then: both re-inspect
    for (const id of inspections) assert.deepEqual(await taskKeys(client, token, id), ['reinspect'])
    const variables = (await client.get(`/engine-rest/process-instance/${inspections[0]}/variables`).bearerToken(token)).body()
    assert.equal(variables.resumedBy.value, '和平区安监站')
  })

  test('a signal nobody waits for changes nothing', async ({ client }) => {
    const token = await tokenFor(client, 'worker')
    ;(await client.post('/engine-rest/signal').bearerToken(token).json({ name: 'nobody.listens' })).assertStatus(204)
  })
})
