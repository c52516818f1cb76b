import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, messageProcess } from './fixtures.js'

test.group('engine messages: POST /engine-rest/message', () => {
  test('a message starts the process, a second moves its catch event on, a third withdraws it from review', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'msg-a', messageProcess('msgA'))

    // when: the filing arrives
    const started = await client
      .post('/engine-rest/message')
      .bearerToken(token)
      .json({ messageName: 'msgA.filed', businessKey: 'FILING-001', processVariables: { project: { value: '长白岛滨河住宅小区' } }, resultEnabled: true })

    // then: a new instance, waiting for documents
    started.assertStatus(200)
    assert.equal(started.body()[0].resultType, 'ProcessDefinition')
    const instanceId = started.body()[0].processInstance.id
    assert.deepEqual((await client.get(`/engine-rest/task?processInstanceId=${instanceId}`).bearerToken(token)).body(), [])

    // when: the documents come, by business key
    ;(await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'msgA.docs', businessKey: 'FILING-001' })).assertStatus(204)
    const review = (await client.get(`/engine-rest/task?processInstanceId=${instanceId}`).bearerToken(token)).body()
    assert.deepEqual(review.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey), ['review'])

    // when: the enterprise withdraws during the review
    ;(await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'msgA.withdrawn', processInstanceId: instanceId })).assertStatus(204)
    assert.isTrue((await client.get(`/engine-rest/process-instance/${instanceId}`).bearerToken(token)).body().ended)
  })

  test('correlation keys pick one of several waiting instances; an ambiguous or unmatched message is refused', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'msg-b', messageProcess('msgB'))
    for (const project of ['P-1', 'P-2']) {
      await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'msgB.filed', processVariables: { project: { value: project } } })
    }

    const ambiguous = await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'msgB.docs' })
    const unmatched = await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'msgB.docs', correlationKeys: { project: { value: 'P-9' } } })
    const matched = await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'msgB.docs', correlationKeys: { project: { value: 'P-2' } }, resultEnabled: true })

    ambiguous.assertStatus(400)
    assert.equal(ambiguous.body().type, 'MismatchingMessageCorrelationException')
    assert.include(ambiguous.body().message, '2 executions match')
    unmatched.assertStatus(400)
    matched.assertStatus(200)
    const variables = (await client.get(`/engine-rest/process-instance/${matched.body()[0].execution.processInstanceId}/variables`).bearerToken(token)).body()
    assert.equal(variables.project.value, 'P-2')
  })

  test('a process with only a message start cannot be started by key', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'msg-c', messageProcess('msgC'))
    const response = await client.post('/engine-rest/process-definition/key/msgC/start').bearerToken(token).json({})
    response.assertStatus(400)
    assert.include(response.body().message, 'message')
  })
})
