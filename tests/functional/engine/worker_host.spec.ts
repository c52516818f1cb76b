import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { appEngine } from '#services/engine/engine'
import { WorkerHost } from '#services/engine/workers/worker_host'
import { tokenFor } from '#tests/helpers/api'
import { eventually } from '#tests/helpers/eventually'
import { deployBpmn } from './fixtures.js'
import { projectLookupProcess } from './worker_fixtures.js'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`
/** Demo project 1 (长白岛滨河住宅小区一期工程) and its six participating organisations. */
const PROJECT_CODE = '2026-210102-47-01-000001'

async function openTasks(client: ApiClient, token: string, instanceId: string): Promise<string[]> {
  const tasks = await client.get(`/engine-rest/task?processInstanceId=${instanceId}`).bearerToken(token)
  return tasks.body().map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey)
}

async function variablesOf(client: ApiClient, token: string, instanceId: string) {
  return (await client.get(`/engine-rest/process-instance/${instanceId}/variables`).bearerToken(token)).body()
}

/** Starts `key` and waits (with a deadline) until the host moved it to a user task; returns that task's key. */
async function startAndAwaitTask(client: ApiClient, token: string, key: string, body: Record<string, unknown>) {
  const started = await client.post(`/engine-rest/process-definition/key/${key}/start`).bearerToken(token).json(body)
  started.assertStatus(200)
  const id: string = started.body().id
  const [task] = await eventually(`a user task in ${key}`, async () => {
    const tasks = await openTasks(client, token, id)
    return tasks.length > 0 && tasks
  })
  return { id, task }
}

/**
 * The worker host over real HTTP against the app's own /engine-rest, with
 * the `worker` account's token it issues itself. The engine commits for
 * real here, so each test deploys its own process key.
 */
test.group('worker host (in-process)', () => {
  test('project-lookup fills in the project by business key and by projectId', async ({ client, assert, cleanup }) => {
    // given
    const token = await tokenFor(client, 'worker')
    ;(await deployBpmn(client, token, 'lookup-a', projectLookupProcess('lookupA'))).assertStatus(200)
    const host = new WorkerHost({ baseUrl: BASE_URL, asyncResponseTimeout: 5000 })
    cleanup(() => host.stop())
    await host.start()
    const project = await db.from('projects').where('code', PROJECT_CODE).firstOrFail()
    const other = await db.from('projects').whereNot('id', project.id).orderBy('id').firstOrFail()

    // when: one filing names its project by business key, the other by id
    const byKey = await startAndAwaitTask(client, token, 'lookupA', { businessKey: PROJECT_CODE })
    const byId = await startAndAwaitTask(client, token, 'lookupA', { variables: { projectId: { value: other.id, type: 'Integer' } } })

    // then: both reach the review with the project's data
    assert.equal(byKey.task, 'review')
    const variables = await variablesOf(client, token, byKey.id)
    assert.deepEqual(variables.projectId, { type: 'Integer', value: project.id, valueInfo: {} })
    assert.equal(variables.projectCode.value, PROJECT_CODE)
    assert.equal(variables.projectName.value, '长白岛滨河住宅小区一期工程')
    assert.equal(variables.projectAddress.value, project.address)
    const parties = JSON.parse(variables.projectParties.value)
    assert.deepEqual(parties.map((p: { role: string }) => p.role), ['owner', 'contractor', 'supervising_engineer', 'designer', 'surveyor', 'testing_agency'])
    assert.include(parties[1], { role: 'contractor', organizationName: '辽宁宏基建设集团有限公司' })
    assert.equal(byId.task, 'review')
    assert.equal((await variablesOf(client, token, byId.id)).projectCode.value, other.code)
  })

  test('an unknown project is PROJECT_NOT_FOUND, caught by the error boundary event', async ({ client, assert, cleanup }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'lookup-b', projectLookupProcess('lookupB'))
    const host = new WorkerHost({ baseUrl: BASE_URL, asyncResponseTimeout: 5000 })
    cleanup(() => host.stop())
    await host.start()

    const { id, task } = await startAndAwaitTask(client, token, 'lookupB', { businessKey: '2026-210102-47-01-999999' })

    assert.equal(task, 'checkProject')
    const variables = await variablesOf(client, token, id)
    assert.equal(variables.errorCode.value, 'PROJECT_NOT_FOUND')
    assert.equal(variables.errorMessage.value, '项目不存在：2026-210102-47-01-999999')
    assert.notProperty(variables, 'projectName')
  })

  test('a technical failure is reported with retries left and a backoff, not an incident', async ({ client, assert, cleanup }) => {
    // given: a topic whose handler cannot reach what it needs
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'lookup-c', projectLookupProcess('lookupC', 'zhian.test.flaky'))
    const failing = async () => {
      throw new Error('档案库暂不可用')
    }
    const topics = { 'zhian.test.flaky': { handler: async () => ({ default: failing }), lockDuration: 10_000, variables: [] } }
    const host = new WorkerHost({ baseUrl: BASE_URL, topics, asyncResponseTimeout: 5000 })
    cleanup(() => host.stop())
    await host.start()

    // when
    const started = await client.post('/engine-rest/process-definition/key/lookupC/start').bearerToken(token).json({ businessKey: PROJECT_CODE })

    // then: two tries left, the next one in 10 s, and no incident yet
    const failed = await eventually('the failure report', async () => {
      const [task] = (await client.get(`/engine-rest/external-task?processInstanceId=${started.body().id}`).bearerToken(token)).body()
      return task?.retries === 2 && task
    })
    assert.equal(failed.errorMessage, '档案库暂不可用')
    const now = (await client.get('/engine-rest/clock').bearerToken(token)).body().time
    const backoff = Date.parse(failed.lockExpirationTime.replace('+0000', 'Z')) - Date.parse(now.replace('+0000', 'Z'))
    assert.isAbove(backoff, 8_000)
    assert.isAtMost(backoff, 10_000)
    const incidents = await client.get(`/engine-rest/incident?processInstanceId=${started.body().id}`).bearerToken(token)
    assert.deepEqual(incidents.body(), [])
  })

  test('stopping revokes the token and leaves no fetch holding tasks', async ({ client, assert }) => {
    // given: a host whose long poll is waiting on the server
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'lookup-d', projectLookupProcess('lookupD', 'zhian.test.after-stop'))
    const topics = { 'zhian.test.after-stop': { handler: async () => ({ default: async () => ({}) }), lockDuration: 60_000, variables: [] } }
    const waiting = () => appEngine().events.listenerCount('topic')
    const before = waiting()
    const host = new WorkerHost({ baseUrl: BASE_URL, topics, asyncResponseTimeout: 20_000 })
    await host.start()
    await eventually('the host to long-poll', async () => waiting() > before)

    // when
    await host.stop()
    await eventually('the server to drop the long poll', async () => waiting() === before)
    const started = await client.post('/engine-rest/process-definition/key/lookupD/start').bearerToken(token).json({})

    // then: the task is there for the next worker, and the host's token is gone
    const fetched = await client
      .post('/engine-rest/external-task/fetchAndLock')
      .bearerToken(token)
      .json({ workerId: 'next', maxTasks: 1, topics: [{ topicName: 'zhian.test.after-stop', lockDuration: 1000 }] })
    assert.deepEqual(fetched.body().map((t: { processInstanceId: string }) => t.processInstanceId), [started.body().id])
    assert.lengthOf(await db.from('auth_access_tokens').where('name', 'engine-workers'), 0)
  })
})
