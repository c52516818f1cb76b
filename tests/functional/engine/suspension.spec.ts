import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'

/** A review then an external check; `review` waits for a person, `check` for a worker. */
const reviewThenCheck = (key: string) =>
  bpmn(key, `<bpmn:startEvent id="s" />${flows('s', 'review', 'check', 'e')}<bpmn:userTask id="review" /><bpmn:serviceTask id="check" camunda:type="external" camunda:topic="${key}.check" /><bpmn:endEvent id="e" />`)

/** Started by a message, a signal or an hourly timer only. */
const eventStarted = (key: string) =>
  bpmn(
    key,
    `<bpmn:startEvent id="byMessage"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent><bpmn:startEvent id="bySignal"><bpmn:signalEventDefinition signalRef="g" /></bpmn:startEvent>
    <bpmn:startEvent id="byTimer"><bpmn:timerEventDefinition><bpmn:timeCycle>R5/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
    ${flows('byMessage', 'wait')}${flows('bySignal', 'wait')}${flows('byTimer', 'wait')}<bpmn:userTask id="wait" />${flows('wait', 'e')}<bpmn:endEvent id="e" />`,
    `<bpmn:message id="m" name="${key}.msg" /><bpmn:signal id="g" name="${key}.sig" />`
  )

function suspension(client: ApiClient, token: string, path: string, body: Record<string, unknown>) {
  return client.put(`/engine-rest/process-definition/${path}/suspended`).bearerToken(token).json(body)
}

test.group('engine: suspending and activating process definitions', () => {
  test('a suspended version cannot be started, by key or by id; its running instances go on; activated it starts again', async ({ client, assert }) => {
    // given: one instance running on the only version
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    const [definition] = Object.values((await rest.deploy('susp-a', reviewThenCheck('suspA'))).deployedProcessDefinitions) as { id: string }[]
    const running = await rest.start('suspA')

    // when
    ;(await suspension(client, token, encodeURIComponent(definition.id), { suspended: true, includeProcessInstances: false })).assertStatus(204)

    // then: both ways to start are refused as Camunda's SuspendedEntityInteractionException
    const byKey = await client.post('/engine-rest/process-definition/key/suspA/start').bearerToken(token).json({})
    byKey.assertStatus(400)
    assert.equal(byKey.body().type, 'SuspendedEntityInteractionException')
    assert.include(byKey.body().message, 'is suspended')
    ;(await client.post(`/engine-rest/process-definition/${encodeURIComponent(definition.id)}/start`).bearerToken(token).json({})).assertStatus(400)
    assert.isTrue((await client.get(`/engine-rest/process-definition/${encodeURIComponent(definition.id)}`).bearerToken(token)).body().suspended)
    assert.isTrue((await client.get('/engine-rest/process-definition/key/suspA').bearerToken(token)).body().suspended)
    const listed = (await client.get('/engine-rest/process-definition?key=suspA&suspended=true').bearerToken(token)).body()
    assert.deepEqual(listed.map((d: { id: string }) => d.id), [definition.id])
    assert.lengthOf((await client.get('/engine-rest/process-definition?key=suspA&active=true').bearerToken(token)).body(), 0)

    // and the instance already running is not suspended: its task completes and its worker gets the check
    const [task] = await rest.tasks(running)
    assert.isFalse((task as { suspended?: boolean }).suspended)
    await rest.complete(task.id)
    assert.lengthOf(await rest.lock('suspA.check'), 1)

    // when: activated again
    ;(await suspension(client, token, encodeURIComponent(definition.id), { suspended: false })).assertStatus(204)

    // then
    assert.isString(await rest.start('suspA'))
    assert.isFalse((await client.get(`/engine-rest/process-definition/${encodeURIComponent(definition.id)}`).bearerToken(token)).body().suspended)
  })

  test('by key with includeProcessInstances every version and its running instances stop: tasks, workers, messages; activation resumes them', async ({ client, assert }) => {
    // given: an instance waiting at its user task and one at its external task
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('susp-b', reviewThenCheck('suspB'))
    const atReview = await rest.start('suspB')
    const atCheck = await rest.start('suspB')
    await rest.completeTask(atCheck, 'review')

    // when
    ;(await suspension(client, token, 'key/suspB', { suspended: true, includeProcessInstances: true })).assertStatus(204)

    // then: the instances, their tasks and external tasks show suspended and refuse work
    const instance = (await client.get(`/engine-rest/process-instance/${atReview}`).bearerToken(token)).body()
    assert.isTrue(instance.suspended)
    const history = (await client.get(`/engine-rest/history/process-instance/${atReview}`).bearerToken(token)).body()
    assert.equal(history.state, 'SUSPENDED')
    const [task] = await rest.tasks(atReview)
    assert.isTrue((task as { suspended?: boolean }).suspended)
    const refused = await client.post(`/engine-rest/task/${task.id}/complete`).bearerToken(token).json({})
    refused.assertStatus(400)
    assert.equal(refused.body().type, 'SuspendedEntityInteractionException')
    ;(await client.post(`/engine-rest/task/${task.id}/claim`).bearerToken(token).json({ userId: 'hp.supervisor' })).assertStatus(400)
    assert.lengthOf(await rest.lock('suspB.check'), 0)
    const [external] = (await client.get(`/engine-rest/external-task?processInstanceId=${atCheck}`).bearerToken(token)).body()
    assert.isTrue(external.suspended)

    // when: activated with its instances
    ;(await suspension(client, token, 'key/suspB', { suspended: false, includeProcessInstances: true })).assertStatus(204)

    // then: the work goes on where it stood
    await rest.complete(task.id)
    const locked = await rest.lock('suspB.check')
    assert.sameMembers(locked.map((t) => t.processInstanceId), [atReview, atCheck])
    await rest.completeExternal(locked.find((t) => t.processInstanceId === atCheck)!.id)
    assert.isTrue(await rest.ended(atCheck))
  })

  test('a suspended definition’s message, signal and timer start events start nothing', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('susp-c', eventStarted('suspC'))
    ;(await suspension(client, token, 'key/suspC', { suspended: true })).assertStatus(204)

    // when
    const message = await rest.message({ messageName: 'suspC.msg' })
    ;(await client.post('/engine-rest/signal').bearerToken(token).json({ name: 'suspC.sig' })).assertStatus(204)
    await rest.advance(61 * 60_000)

    // then: no match for the message (Camunda's MismatchingMessageCorrelationException), no instance from the signal
    message.assertStatus(400)
    assert.equal(message.body().type, 'MismatchingMessageCorrelationException')
    const instances = async () => (await client.get('/engine-rest/process-instance?processDefinitionKey=suspC').bearerToken(token)).body().length
    assert.equal(await instances(), 0)
    const [timer] = (await client.get('/engine-rest/job?processDefinitionKey=suspC').bearerToken(token)).body()
    assert.isTrue(timer.suspended)

    // when: active again, the same message starts it
    ;(await suspension(client, token, 'key/suspC', { suspended: false })).assertStatus(204)
    ;(await rest.message({ messageName: 'suspC.msg' })).assertStatus(204)
    assert.equal(await instances(), 1)
    // and its timer, overdue while suspended, fires at the next run
    await rest.advance(1000)
    assert.equal(await instances(), 2)
  })

  test('an unknown definition is a 404, a delayed suspension a 400', async ({ client }) => {
    const token = await tokenFor(client, 'worker')
    ;(await suspension(client, token, 'no-such-definition', { suspended: true })).assertStatus(404)
    ;(await suspension(client, token, 'key/no-such-key', { suspended: true })).assertStatus(404)
    ;(await suspension(client, token, 'key/suspA', { suspended: true, executionDate: '2026-12-01T00:00:00.000+0800' })).assertStatus(400)
  })
})

test.group('engine: suspending and activating one process instance', () => {
  test('PUT /process-instance/{id}/suspended stops that instance only: its task and worker refuse, its sibling goes on; activated it resumes', async ({ client, assert }) => {
    // given: two instances at their review, one of them at its check too
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('susp-d', reviewThenCheck('suspD'))
    const stopped = await rest.start('suspD')
    const sibling = await rest.start('suspD')
    const suspend = (id: string, suspended: boolean) => client.put(`/engine-rest/process-instance/${id}/suspended`).bearerToken(token).json({ suspended })

    // when
    ;(await suspend(stopped, true)).assertStatus(204)

    // then: it and its task show suspended and refuse work; the sibling and the definition do not
    assert.isTrue((await client.get(`/engine-rest/process-instance/${stopped}`).bearerToken(token)).body().suspended)
    assert.isFalse((await client.get(`/engine-rest/process-instance/${sibling}`).bearerToken(token)).body().suspended)
    assert.isFalse((await client.get('/engine-rest/process-definition/key/suspD').bearerToken(token)).body().suspended)
    const [task] = await rest.tasks(stopped)
    const refused = await client.post(`/engine-rest/task/${task.id}/complete`).bearerToken(token).json({})
    refused.assertStatus(400)
    assert.equal(refused.body().type, 'SuspendedEntityInteractionException')
    await rest.completeTask(sibling, 'review')
    assert.deepEqual((await rest.lock('suspD.check')).map((t) => t.processInstanceId), [sibling])

    // when: activated
    ;(await suspend(stopped, false)).assertStatus(204)

    // then: its work goes on where it stood
    await rest.complete(task.id)
    assert.deepEqual((await rest.lock('suspD.check')).map((t) => t.processInstanceId), [stopped])

    // and an unknown instance is a 404, a body without `suspended` a 400
    ;(await suspend('no-such-instance', true)).assertStatus(404)
    ;(await client.put(`/engine-rest/process-instance/${stopped}/suspended`).bearerToken(token).json({})).assertStatus(400)
  })
})
