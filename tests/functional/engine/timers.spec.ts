import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { JobExecutor, createEngine, parseDate } from '#engine'
import clock from '#services/clock'
import { ControlledClock } from '#engine'
import { tokenFor } from '#tests/helpers/api'
import { deadlineProcess, deployBpmn, scheduledProcess } from './fixtures.js'

const HOUR = 3_600_000

/** Moves the engine clock forward through the REST API; due jobs run before it answers. */
async function advance(client: ApiClient, token: string, ms: number) {
  const now = parseDate((await client.get('/engine-rest/clock').bearerToken(token)).body().time)
  const moved = await client.put('/engine-rest/clock').bearerToken(token).json({ time: new Date(now + ms).toISOString() })
  moved.assertStatus(200)
  return moved.body()
}

async function openWork(client: ApiClient, token: string, instanceId: string) {
  const tasks = (await client.get(`/engine-rest/task?processInstanceId=${instanceId}`).bearerToken(token)).body()
  const external = (await client.get(`/engine-rest/external-task?processInstanceId=${instanceId}`).bearerToken(token)).body()
  return { tasks: tasks.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey).sort(), external: external.map((t: { activityId: string }) => t.activityId).sort() }
}

test.group('engine timers and the controlled clock', () => {
  test('reminders repeat without interrupting; the deadline interrupts and escalates', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'deadline-a', deadlineProcess('deadlineA', 'dla'))
    const started = await client.post('/engine-rest/process-definition/key/deadlineA/start').bearerToken(token).json({ variables: { reminders: { value: 'R2/PT24H' } } })
    const id = started.body().id

    // when / then: a day later, one reminder; the review is still open
    await advance(client, token, 24 * HOUR + 1000)
    assert.deepEqual(await openWork(client, token, id), { tasks: ['review'], external: ['reminder'] })

    // two days: the second (and last) reminder
    await advance(client, token, 24 * HOUR)
    assert.deepEqual(await openWork(client, token, id), { tasks: ['review'], external: ['reminder', 'reminder'] })

    // three days: the deadline takes the review away and escalates
    const moved = await advance(client, token, 24 * HOUR)
    // other tests' instances share the clock, so at least this instance's deadline ran
    assert.isAtLeast(moved.executedJobs, 1)
    assert.deepEqual(await openWork(client, token, id), { tasks: ['escalate'], external: ['reminder', 'reminder'] })
    assert.lengthOf(await db.from('engine_jobs').where('process_instance_id', id), 0)
  })

  test('completing the review cancels its timers; the cooling-off timer then runs', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'deadline-b', deadlineProcess('deadlineB', 'dlb'))
    const id = (await client.post('/engine-rest/process-definition/key/deadlineB/start').bearerToken(token).json({ variables: { reminders: { value: 'R/PT24H' } } })).body().id
    const [review] = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()

    await client.post(`/engine-rest/task/${review.id}/complete`).bearerToken(token).json({})
    const jobs = await db.from('engine_jobs').where('process_instance_id', id)
    assert.deepEqual(jobs.map((j) => j.activity_id), ['coolOff'])

    await advance(client, token, HOUR - 1000)
    assert.deepEqual(await openWork(client, token, id), { tasks: [], external: [] })
    await advance(client, token, 2000)
    assert.deepEqual(await openWork(client, token, id), { tasks: [], external: ['archive'] })
  })

  test('GET /engine-rest/clock tells the controlled time and zone; it never moves back', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const now = await client.get('/engine-rest/clock').bearerToken(token)
    assert.include(now.body(), { zone: 'Asia/Shanghai', controlled: true })
    assert.match(now.body().time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)
    const back = await client.put('/engine-rest/clock').bearerToken(token).json({ time: '2020-01-01T00:00:00.000+0000' })
    back.assertStatus(400)
  })

  test('a pending timer still fires after a restart (a fresh engine and executor over the same database)', async ({ client, assert }) => {
    // given: an instance waiting at its cooling-off timer
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'deadline-c', deadlineProcess('deadlineC', 'dlc'))
    const id = (await client.post('/engine-rest/process-definition/key/deadlineC/start').bearerToken(token).json({ variables: { reminders: { value: 'R1/PT240H' } } })).body().id
    const [review] = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
    await client.post(`/engine-rest/task/${review.id}/complete`).bearerToken(token).json({})

    // when: a new process's engine (nothing in memory) runs what is due an hour later
    const restarted = createEngine({ knex: db.connection().getWriteClient(), clock })
    ;(clock as ControlledClock).advance({ hours: 1, seconds: 1 })
    const executed = await new JobExecutor(restarted, { intervalMs: 0 }).runDue()

    // then
    assert.equal(executed, 1)
    assert.deepEqual(await openWork(client, token, id), { tasks: [], external: ['archive'] })
  })

  test('a malformed literal timer is refused at deploy, naming the element', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const response = await deployBpmn(client, token, 'bad-timer', deadlineProcess('badTimer', 'bt').replace('PT72H', 'in three days'))
    response.assertStatus(400)
    assert.include(response.body().message, 'deadline')
  })

  test('a timer start event starts an instance on every firing of its cycle; a redeploy replaces it', async ({ client, assert }) => {
    // given: a patrol every hour, twice
    const token = await tokenFor(client, 'worker')
    ;(await deployBpmn(client, token, 'patrol', scheduledProcess('patrolA', 'R2/PT1H'))).assertStatus(200)
    const instances = async () => (await client.get('/engine-rest/process-instance?processDefinitionKey=patrolA').bearerToken(token)).body().length

    // when / then
    assert.equal(await instances(), 0)
    await advance(client, token, HOUR + 1000)
    assert.equal(await instances(), 1)
    await advance(client, token, HOUR)
    assert.equal(await instances(), 2)
    await advance(client, token, HOUR)
    assert.equal(await instances(), 2)

    // a new version replaces the schedule (one job, of the newest definition)
    await deployBpmn(client, token, 'patrol', scheduledProcess('patrolA', 'R/PT24H', '巡查（修订）'))
    const jobs = await db.from('engine_jobs').whereNull('process_instance_id').join('engine_process_definitions', 'engine_process_definitions.id', 'engine_jobs.process_definition_id').where('engine_process_definitions.key', 'patrolA').select('engine_process_definitions.version')
    assert.deepEqual(jobs.map((j) => j.version), [2])
  })

  test('a timer start event with an expression is refused at deploy', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const response = await deployBpmn(client, token, 'patrol-bad', scheduledProcess('patrolBad', '${cycle}'))
    response.assertStatus(400)
    assert.include(response.body().message, 'scheduled')
  })
})
