import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, messageProcess, signalProcesses } from './fixtures.js'

test.group('engine REST: event subscriptions', () => {
  test('message start events, then the catch event and the boundary event an instance waits at, with counts', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'sub-a', messageProcess('subA'))
    const list = async (query: string) => (await client.get(`/engine-rest/event-subscription?${query}`).bearerToken(token)).body()

    // then: the message start event belongs to the definition, not to an instance
    const [start] = await list('eventName=subA.filed')
    assert.deepEqual(start, { id: start.id, eventType: 'message', eventName: 'subA.filed', executionId: null, processInstanceId: null, activityId: 'start', createdDate: start.createdDate, tenantId: null })
    assert.match(start.createdDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)

    // when: a filing arrives, the instance waits for documents
    const started = await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'subA.filed', resultEnabled: true })
    const id = started.body()[0].processInstance.id
    const [waiting] = await list(`processInstanceId=${id}`)

    // then
    assert.include(waiting, { eventType: 'message', eventName: 'subA.docs', activityId: 'waitDocs', processInstanceId: id })
    assert.isString(waiting.executionId)
    assert.deepEqual((await list(`executionId=${waiting.executionId}`)).map((s: { id: string }) => s.id), [waiting.id])
    assert.deepEqual((await client.get(`/engine-rest/event-subscription/count?processInstanceId=${id}`).bearerToken(token)).body(), { count: 1 })

    // when: the documents come, the review waits with its withdrawal boundary event
    await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'subA.docs', processInstanceId: id })
    assert.deepEqual((await list(`processInstanceId=${id}`)).map((s: { eventName: string; activityId: string }) => [s.eventName, s.activityId]), [['subA.withdrawn', 'withdraw']])
    assert.deepEqual(await list(`processInstanceId=${id}&eventType=signal`), [])
    ;(await client.get('/engine-rest/event-subscription?eventType=carrier-pigeon').bearerToken(token)).assertStatus(400)
  })

  test('signal start events and signal boundary events are listed by type and name', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'sub-s', signalProcesses('subS'))
    const id = (await client.post('/engine-rest/process-definition/key/subSInspection/start').bearerToken(token).json({})).body().id

    const signals = (await client.get('/engine-rest/event-subscription?eventType=signal&eventName=subS.stopWork').bearerToken(token)).body()
    const count = (await client.get('/engine-rest/event-subscription/count?eventType=signal&eventName=subS.stopWork').bearerToken(token)).body()

    assert.sameDeepMembers(
      signals.map((s: { activityId: string; processInstanceId: string | null }) => [s.activityId, s.processInstanceId]),
      [
        ['noticeStart', null],
        ['stopped', id],
      ]
    )
    assert.deepEqual(count, { count: 2 })
    await client.delete(`/engine-rest/process-instance/${id}`).bearerToken(token)
  })
})
