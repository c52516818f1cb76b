import { test } from '@japa/runner'
import env from '#start/env'
import { Client, Variables } from 'camunda-external-task-client-js'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, errorProcess, reviewProcess } from './fixtures.js'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`

function bearer(token: string) {
  return (options: any) => ({ ...options, headers: { ...options.headers, Authorization: `Bearer ${token}` } })
}

/** A real worker; it stops when the test ends, passed or not. */
function workerClient(token: string, cleanup: (fn: () => void) => void, options: Record<string, unknown> = {}) {
  const worker = new Client({ baseUrl: BASE_URL, workerId: `worker-${Math.random().toString(36).slice(2)}`, interceptors: [bearer(token)], interval: 50, lockDuration: 10_000, autoPoll: false, ...options })
  cleanup(() => worker.stop())
  return worker
}

/** Resolves with what the handler returns the first time it runs. */
function handleOnce<T>(client: Client, topic: string, handler: (args: any) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    client.subscribe(topic, async (args: any) => {
      try {
        resolve(await handler(args))
      } catch (error) {
        reject(error)
      }
    })
    client.start()
  })
}

/**
 * The real camunda-external-task-client-js against the running app. The
 * engine commits for real here (its transactions cannot nest in a test's
 * global transaction), so each test uses its own process key and topic.
 */
test.group('engine REST with camunda-external-task-client-js', () => {
  test('a worker fetches, completes with variables, and the gateway routes on them', async ({ client, assert, cleanup }) => {
    // given
    const token = await tokenFor(client, 'worker')
    ;(await deployBpmn(client, token, 'review-a', reviewProcess('reviewA', 'zhian.test.a'))).assertStatus(200)
    const started = await client
      .post('/engine-rest/process-definition/key/reviewA/start')
      .bearerToken(token)
      .json({ businessKey: 'BK-A', variables: { priority: { value: 5, type: 'Integer' } } })
    started.assertStatus(200)
    assert.equal(started.header('content-type'), 'application/json')

    // when: the worker scores the filing
    const worker = workerClient(token, cleanup)
    const seen = await handleOnce(worker, 'zhian.test.a', async ({ task, taskService }) => {
      const variables = new Variables().set('score', 87).set('reviewer', 'hp.supervisor').set('findings', { items: ['图纸齐全'] })
      await taskService.complete(task, variables)
      return { businessKey: task.businessKey, priority: task.priority, processInstanceId: task.processInstanceId }
    })
    worker.stop()

    // then: the review task waits for the assignee the worker named
    assert.deepEqual(seen, { businessKey: 'BK-A', priority: 5, processInstanceId: started.body().id })
    const tasks = await client.get(`/engine-rest/task?processInstanceId=${started.body().id}`).bearerToken(token)
    assert.lengthOf(tasks.body(), 1)
    assert.include(tasks.body()[0], { taskDefinitionKey: 'review', assignee: 'hp.supervisor', formKey: 'zhian:test/review' })
    // an assigned task leaves its candidate groups' lists unless they ask for assigned tasks too, as in Camunda
    const byGroup = await client.get('/engine-rest/task?candidateGroup=chiefs&includeAssignedTasks=true').bearerToken(token)
    assert.include(byGroup.body().map((t: { id: string }) => t.id), tasks.body()[0].id)
    const claimable = await client.get('/engine-rest/task?candidateGroup=chiefs').bearerToken(token)
    assert.notInclude(claimable.body().map((t: { id: string }) => t.id), tasks.body()[0].id)
    const variables = await client.get(`/engine-rest/process-instance/${started.body().id}/variables`).bearerToken(token)
    assert.deepEqual(variables.body().score, { type: 'Integer', value: 87, valueInfo: {} })
    assert.deepEqual(JSON.parse(variables.body().findings.value), { items: ['图纸齐全'] })

    // and completing the review ends the instance
    ;(await client.post(`/engine-rest/task/${tasks.body()[0].id}/complete`).bearerToken(token).json({})).assertStatus(204)
    const instance = await client.get(`/engine-rest/process-instance/${started.body().id}`).bearerToken(token)
    assert.isTrue(instance.body().ended)
  })

  test('a low score takes the default flow and ends the instance at once', async ({ client, assert, cleanup }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'review-b', reviewProcess('reviewB', 'zhian.test.b'))
    const started = await client.post('/engine-rest/process-definition/key/reviewB/start').bearerToken(token).json({ variables: { priority: { value: 0 } } })

    const worker = workerClient(token, cleanup)
    await handleOnce(worker, 'zhian.test.b', ({ task, taskService }) => taskService.complete(task, new Variables().set('score', 12).set('reviewer', null)))
    worker.stop()

    const instance = await client.get(`/engine-rest/process-instance/${started.body().id}`).bearerToken(token)
    assert.isTrue(instance.body().ended)
  })

  test('failures count retries down and raise an incident at zero', async ({ client, assert, cleanup }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'review-c', reviewProcess('reviewC', 'zhian.test.c'))
    const started = await client.post('/engine-rest/process-definition/key/reviewC/start').bearerToken(token).json({ variables: { priority: { value: 0 } } })

    const worker = workerClient(token, cleanup)
    let attempts = 0
    await new Promise<void>((resolve) => {
      worker.subscribe('zhian.test.c', async ({ task, taskService }: any) => {
        attempts++
        const retries = task.retries === null ? 2 : task.retries - 1
        await taskService.handleFailure(task, { errorMessage: `核查服务不可用 #${attempts}`, errorDetails: 'timeout', retries, retryTimeout: 0 })
        if (retries === 0) resolve()
      })
      worker.start()
    })
    worker.stop()

    assert.equal(attempts, 3)
    const incidents = await client.get(`/engine-rest/incident?processInstanceId=${started.body().id}`).bearerToken(token)
    assert.lengthOf(incidents.body(), 1)
    assert.include(incidents.body()[0], { incidentType: 'failedExternalTask', activityId: 'check', incidentMessage: '核查服务不可用 #3' })
    const fetched = await client.post('/engine-rest/external-task/fetchAndLock').bearerToken(token).json({ workerId: 'w2', maxTasks: 5, topics: [{ topicName: 'zhian.test.c', lockDuration: 1000 }] })
    assert.deepEqual(fetched.body(), [])
  })

  test('extendLock keeps the task; unlock frees it for another worker', async ({ client, assert, cleanup }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'review-d', reviewProcess('reviewD', 'zhian.test.d'))
    await client.post('/engine-rest/process-definition/key/reviewD/start').bearerToken(token).json({ variables: { priority: { value: 0 } } })

    // one poll only: the client polls again `interval` after a fetch without waiting for its handler, and a poll landing after the unlock would take the task back
    const worker = workerClient(token, cleanup, { lockDuration: 5_000, interval: 60_000 })
    const before = await handleOnce(worker, 'zhian.test.d', async ({ task, taskService }) => {
      await taskService.extendLock(task, 60_000)
      const [extended] = (await client.get('/engine-rest/external-task?topicName=zhian.test.d').bearerToken(token)).body()
      await taskService.unlock(task)
      return { lockedAt: task.lockExpirationTime, extendedTo: extended.lockExpirationTime }
    })
    worker.stop()

    assert.isAbove(Date.parse(before.extendedTo.replace('+0000', 'Z')), Date.parse(before.lockedAt.replace('+0000', 'Z')) + 50_000)
    const other = await client.post('/engine-rest/external-task/fetchAndLock').bearerToken(token).json({ workerId: 'other', maxTasks: 1, topics: [{ topicName: 'zhian.test.d', lockDuration: 1000 }] })
    assert.lengthOf(other.body(), 1)
    assert.equal(other.body()[0].workerId, 'other')
  })

  test('long polling holds an empty fetch until a task for its topic appears', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'review-e', reviewProcess('reviewE', 'zhian.test.e'))

    const waited = performance.now()
    const fetch = client
      .post('/engine-rest/external-task/fetchAndLock')
      .bearerToken(token)
      .json({ workerId: 'poller', maxTasks: 1, asyncResponseTimeout: 10_000, topics: [{ topicName: 'zhian.test.e', lockDuration: 1000 }] })
    setTimeout(() => void client.post('/engine-rest/process-definition/key/reviewE/start').bearerToken(token).json({ variables: { priority: { value: 0 } } }).then(() => {}), 300)
    const response = await fetch
    const elapsed = performance.now() - waited

    assert.lengthOf(response.body(), 1)
    assert.isAbove(elapsed, 250)
    assert.isBelow(elapsed, 5_000)
  })

  test('a BPMN error from the worker is caught by the error boundary event', async ({ client, assert, cleanup }) => {
    // given
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'error-a', errorProcess('errorA', 'zhian.test.err'))
    const started = await client.post('/engine-rest/process-definition/key/errorA/start').bearerToken(token).json({})

    // when: the check finds documents missing
    const worker = workerClient(token, cleanup)
    await handleOnce(worker, 'zhian.test.err', ({ task, taskService }) =>
      taskService.handleBpmnError(task, 'MISSING_DOCS', '缺少施工图审查合格书', new Variables().set('missing', ['施工图审查合格书']))
    )

    // then: the filing goes back to the enterprise, with the error's code, message and the worker's variables
    const tasks = (await client.get(`/engine-rest/task?processInstanceId=${started.body().id}`).bearerToken(token)).body()
    assert.deepEqual(tasks.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey), ['requestDocs'])
    const variables = (await client.get(`/engine-rest/process-instance/${started.body().id}/variables`).bearerToken(token)).body()
    assert.equal(variables.errorCode.value, 'MISSING_DOCS')
    assert.equal(variables.errorMessage.value, '缺少施工图审查合格书')
    assert.deepEqual(JSON.parse(variables.missing.value), ['施工图审查合格书'])
    const left = (await client.get(`/engine-rest/external-task?processInstanceId=${started.body().id}`).bearerToken(token)).body()
    assert.deepEqual(left, [])
  })

  test('a BPMN error nobody catches ends that path, as Camunda does by default', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'error-b', errorProcess('errorB', 'zhian.test.err2'))
    const started = await client.post('/engine-rest/process-definition/key/errorB/start').bearerToken(token).json({})
    const [task] = (await client.post('/engine-rest/external-task/fetchAndLock').bearerToken(token).json({ workerId: 'w', maxTasks: 1, topics: [{ topicName: 'zhian.test.err2', lockDuration: 10_000 }] })).body()

    ;(await client.post(`/engine-rest/external-task/${task.id}/bpmnError`).bearerToken(token).json({ workerId: 'w', errorCode: 'SOMETHING_ELSE' })).assertStatus(204)

    assert.isTrue((await client.get(`/engine-rest/process-instance/${started.body().id}`).bearerToken(token)).body().ended)
  })
})
