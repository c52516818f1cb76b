import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, messageThrowProcess, parallelProcess, reviewProcess } from './fixtures.js'

async function lockAll(client: ApiClient, token: string, topics: string[]) {
  const response = await client
    .post('/engine-rest/external-task/fetchAndLock')
    .bearerToken(token)
    .json({ workerId: 'scenario', maxTasks: 10, topics: topics.map((topicName) => ({ topicName, lockDuration: 60_000 })) })
  return response.body() as { id: string; topicName: string; processInstanceId: string }[]
}

/** Scenario tests with Camunda 7's semantics, through the REST API (the engine commits for real). */
test.group('engine scenarios', () => {
  test('two parallel branches finishing at the same instant join exactly once', async ({ client, assert }) => {
    // given: both checks locked
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'par-a', parallelProcess('parA', 'par.a1', 'par.a2'))
    const started = await client.post('/engine-rest/process-definition/key/parA/start').bearerToken(token).json({ variables: { cancelled: { value: false } } })
    const tasks = await lockAll(client, token, ['par.a1', 'par.a2'])
    assert.lengthOf(tasks, 2)

    // when: both complete concurrently
    const results = await Promise.all(tasks.map((t) => client.post(`/engine-rest/external-task/${t.id}/complete`).bearerToken(token).json({ workerId: 'scenario' })))

    // then: one review task, no token left waiting at the join
    results.forEach((r) => r.assertStatus(204))
    const review = await client.get(`/engine-rest/task?processInstanceId=${started.body().id}`).bearerToken(token)
    assert.lengthOf(review.body(), 1)
    const joining = await db.from('engine_executions').where({ process_instance_id: started.body().id, activity_id: 'join' })
    assert.lengthOf(joining, 0)
  })

  test('a terminate end event ends the instance and removes the other branch’s work', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'par-b', parallelProcess('parB', 'par.b1', 'par.b2'))
    const started = await client.post('/engine-rest/process-definition/key/parB/start').bearerToken(token).json({ variables: { cancelled: { value: true } } })
    const [second] = (await lockAll(client, token, ['par.b2']))

    ;(await client.post(`/engine-rest/external-task/${second.id}/complete`).bearerToken(token).json({ workerId: 'scenario' })).assertStatus(204)

    const instance = await client.get(`/engine-rest/process-instance/${started.body().id}`).bearerToken(token)
    assert.isTrue(instance.body().ended)
    const left = await client.get(`/engine-rest/external-task?processInstanceId=${started.body().id}`).bearerToken(token)
    assert.deepEqual(left.body(), [])
  })

  test('a start that fails in the middle leaves nothing behind', async ({ client, assert }) => {
    // given: the gateway's condition reads a variable the start does not provide
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'fail-a', parallelProcess('failA', 'fail.a1', 'fail.a2'))
    const [checkB] = await (async () => {
      await client.post('/engine-rest/process-definition/key/failA/start').bearerToken(token).json({ businessKey: 'BK-FAIL' })
      return lockAll(client, token, ['fail.a2'])
    })()

    // when: completing the branch reaches the gateway, whose condition cannot be evaluated
    const failed = await client.post(`/engine-rest/external-task/${checkB.id}/complete`).bearerToken(token).json({ workerId: 'scenario', variables: { note: { value: '半途' } } })

    // then: Camunda's error, and the task, its lock and the variables are as they were
    failed.assertStatus(500)
    assert.equal(failed.body().type, 'ProcessEngineException')
    assert.include(failed.body().message, 'cancelled')
    const still = await client.get('/engine-rest/external-task?topicName=fail.a2').bearerToken(token)
    assert.lengthOf(still.body(), 1)
    assert.equal(still.body()[0].workerId, 'scenario')
    assert.isNull(await db.from('engine_variables').where({ process_instance_id: checkB.processInstanceId, name: 'note' }).first())
  })

  test('assignee and candidate groups come from JUEL expressions on variables', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'assign', reviewProcess('assign', 'assign.t'))
    const started = await client.post('/engine-rest/process-definition/key/assign/start').bearerToken(token).json({ variables: { priority: { value: 3 } } })
    const [task] = await lockAll(client, token, ['assign.t'])
    await client.post(`/engine-rest/external-task/${task.id}/complete`).bearerToken(token).json({ workerId: 'scenario', variables: { score: { value: 75, type: 'Integer' }, reviewer: { value: 'sy.supervisor', type: 'String' } } })

    const [review] = (await client.get(`/engine-rest/task?processInstanceId=${started.body().id}`).bearerToken(token)).body()
    assert.equal(review.assignee, 'sy.supervisor')
    assert.match(review.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)
  })

  test('message throw and end events are served to workers as external tasks', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    ;(await deployBpmn(client, token, 'msg-throw', messageThrowProcess('msgThrow', 'mt'))).assertStatus(200)
    const id = (await client.post('/engine-rest/process-definition/key/msgThrow/start').bearerToken(token).json({})).body().id

    const [tell] = await lockAll(client, token, ['mt.tell'])
    assert.equal(tell.processInstanceId, id)
    ;(await client.post(`/engine-rest/external-task/${tell.id}/complete`).bearerToken(token).json({ workerId: 'scenario' })).assertStatus(204)
    const [closed] = (await client.get('/engine-rest/external-task?topicName=mt.closed').bearerToken(token)).body()
    assert.equal(closed.priority, 7)
    assert.isFalse((await client.get(`/engine-rest/process-instance/${id}`).bearerToken(token)).body().ended)

    await lockAll(client, token, ['mt.closed'])
    ;(await client.post(`/engine-rest/external-task/${closed.id}/complete`).bearerToken(token).json({ workerId: 'scenario' })).assertStatus(204)
    assert.isTrue((await client.get(`/engine-rest/process-instance/${id}`).bearerToken(token)).body().ended)
  })

  test('a message end event without an external implementation is refused at deploy', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const xml = messageThrowProcess('msgThrowBad', 'mtb').replace('camunda:type="external" camunda:topic="mtb.closed" camunda:taskPriority="7" ', '')
    const response = await deployBpmn(client, token, 'msg-throw-bad', xml)
    response.assertStatus(400)
    assert.include(response.body().message, 'closed')
  })
})
