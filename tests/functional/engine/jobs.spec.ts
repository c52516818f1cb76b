import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { formatDate, parseDate } from '#engine'
import { tokenFor } from '#tests/helpers/api'
import { deadlineProcess, deployBpmn, failingTimerProcess } from './fixtures.js'

const HOUR = 3_600_000

/** A Camunda date in China Standard Time, as a Chinese client would send it. */
function inShanghai(epochMs: number): string {
  return formatDate(epochMs + 8 * HOUR)!.replace('+0000', '+0800')
}

async function now(client: ApiClient, token: string): Promise<number> {
  return parseDate((await client.get('/engine-rest/clock').bearerToken(token)).body().time)
}

/** Moves the shared controlled clock; due jobs run before it answers. */
async function advance(client: ApiClient, token: string, ms: number) {
  ;(await client.put('/engine-rest/clock').bearerToken(token).json({ time: new Date((await now(client, token)) + ms).toISOString() })).assertStatus(200)
}

async function jobs(client: ApiClient, token: string, query: string) {
  const response = await client.get(`/engine-rest/job?${query}`).bearerToken(token)
  if (response.status() !== 200) throw new Error(`GET /job?${query}: ${response.status()} ${JSON.stringify(response.body())}`)
  return response.body() as { id: string; activityId?: string; retries: number; dueDate: string; exceptionMessage: string | null }[]
}

test.group('engine REST: jobs', () => {
  test('a process’s timers in Camunda’s shape; filters, count and one job; retries, a moved due date and a run now', async ({ client, assert }) => {
    // given: a review with a daily reminder and a 72-hour deadline
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'job-a', deadlineProcess('jobA', 'joba'))
    const started = (await client.post('/engine-rest/process-definition/key/jobA/start').bearerToken(token).json({ variables: { reminders: { value: 'R/PT24H' } } })).body()
    const startedAt = await now(client, token)
    const id = started.id

    // then: both timers, soonest first, in Camunda's JobDto
    const [remind, deadline] = await jobs(client, token, `processInstanceId=${id}`)
    assert.deepEqual(remind, {
      id: remind.id,
      jobDefinitionId: null,
      processInstanceId: id,
      processDefinitionId: started.definitionId,
      processDefinitionKey: 'jobA',
      executionId: (remind as any).executionId,
      exceptionMessage: null,
      failedActivityId: null,
      retries: 3,
      dueDate: formatDate(startedAt + 24 * HOUR),
      suspended: false,
      priority: 0,
      tenantId: null,
      createTime: formatDate(startedAt),
      batchId: null,
    } as any)
    assert.isString((remind as any).executionId)
    assert.equal(deadline.dueDate, formatDate(startedAt + 72 * HOUR))
    const ids = async (query: string) => (await jobs(client, token, `processInstanceId=${id}&${query}`)).map((j) => j.id)
    assert.deepEqual(await ids('activityId=deadline'), [deadline.id])
    assert.deepEqual(await ids('timers=true'), [remind.id, deadline.id])
    assert.deepEqual(await ids('messages=true'), [])
    assert.deepEqual(await ids('executable=true'), [])
    assert.deepEqual(await ids(`dueDates=lt_${encodeURIComponent(inShanghai(startedAt + 48 * HOUR))}`), [remind.id])
    assert.deepEqual(await ids(`dueDates=gt_${encodeURIComponent(inShanghai(startedAt + 48 * HOUR))},lt_${encodeURIComponent(inShanghai(startedAt + 100 * HOUR))}`), [deadline.id])
    assert.deepEqual(await ids('processDefinitionKey=jobA'), [remind.id, deadline.id])
    assert.deepEqual((await client.get(`/engine-rest/job/count?processInstanceId=${id}`).bearerToken(token)).body(), { count: 2 })
    assert.deepEqual((await client.get(`/engine-rest/job/${remind.id}`).bearerToken(token)).body(), remind)
    ;(await client.get('/engine-rest/job/nope').bearerToken(token)).assertStatus(404)
    ;(await client.get('/engine-rest/job?dueDates=eq_2030-01-01T00:00:00.000+0000').bearerToken(token)).assertStatus(400)

    // when: an operator takes the deadline's retries away, then gives them back
    ;(await client.put(`/engine-rest/job/${deadline.id}/retries`).bearerToken(token).json({ retries: 0 })).assertStatus(204)
    const raised = (await client.get(`/engine-rest/incident?processInstanceId=${id}`).bearerToken(token)).body()
    ;(await client.put(`/engine-rest/job/${deadline.id}/retries`).bearerToken(token).json({ retries: 3 })).assertStatus(204)

    // then: an incident while at zero, none after
    assert.deepEqual(raised.map((i: { incidentType: string; configuration: string }) => [i.incidentType, i.configuration]), [['failedJob', deadline.id]])
    assert.deepEqual((await client.get(`/engine-rest/incident?processInstanceId=${id}`).bearerToken(token)).body(), [])

    // when: the reminder is run now, before it is due
    ;(await client.post(`/engine-rest/job/${remind.id}/execute`).bearerToken(token)).assertStatus(204)

    // then: the reminder's work exists and the cycle waits for its next firing
    const reminders = (await client.get(`/engine-rest/external-task?processInstanceId=${id}`).bearerToken(token)).body()
    assert.deepEqual(reminders.map((t: { activityId: string }) => t.activityId), ['reminder'])
    assert.equal((await client.get(`/engine-rest/job/${remind.id}`).bearerToken(token)).body().dueDate, formatDate(startedAt + 48 * HOUR))

    // when: the deadline is brought forward to two hours from now, and two hours pass
    const soon = (await now(client, token)) + 2 * HOUR
    ;(await client.put(`/engine-rest/job/${deadline.id}/duedate`).bearerToken(token).json({ duedate: inShanghai(soon) })).assertStatus(204)
    assert.equal((await client.get(`/engine-rest/job/${deadline.id}`).bearerToken(token)).body().dueDate, formatDate(soon))
    await advance(client, token, 2 * HOUR + 1000)

    // then: it fired at the new time: the review escalated, its timers gone
    const open = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
    assert.deepEqual(open.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey), ['escalate'])
    assert.deepEqual(await jobs(client, token, `processInstanceId=${id}`), [])
    ;(await client.put('/engine-rest/job/nope/duedate').bearerToken(token).json({ duedate: null })).assertStatus(404)
    ;(await client.put(`/engine-rest/job/${deadline.id}/duedate`).bearerToken(token).json({ duedate: 'next tuesday' })).assertStatus(400)
    await client.delete(`/engine-rest/process-instance/${id}`).bearerToken(token)
  })

  test('a failing job: run now answers 500 and costs a retry, as the executor does; at zero one incident; new retries and a fix let it run', async ({ client, assert }) => {
    // given: a timer whose gateway needs a variable nobody has set
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'job-b', failingTimerProcess('jobB'))
    const id = (await client.post('/engine-rest/process-definition/key/jobB/start').bearerToken(token).json({})).body().id
    const [job] = await jobs(client, token, `processInstanceId=${id}`)
    const one = async () => (await client.get(`/engine-rest/job/${job.id}`).bearerToken(token)).body()
    const ids = async (query: string) => (await jobs(client, token, `processInstanceId=${id}&${query}`)).map((j) => j.id)
    const incidents = async () => (await client.get(`/engine-rest/incident?processInstanceId=${id}`).bearerToken(token)).body()

    // when: run by hand before it is due
    const failed = await client.post(`/engine-rest/job/${job.id}/execute`).bearerToken(token)

    // then: a 500 with the cause, and one retry less
    failed.assertStatus(500)
    assert.equal(failed.body().type, 'ProcessEngineException')
    assert.include(failed.body().message, 'approved')
    assert.include(await one(), { retries: 2, failedActivityId: 'wait' })
    assert.include((await one()).exceptionMessage, 'approved')
    assert.deepEqual(await ids('withException=true'), [job.id])
    assert.deepEqual(await ids('executable=true'), [])

    // when: it falls due, the executor fails it too; it is executable (due, retries left) while it backs off
    await advance(client, token, HOUR + 1000)
    assert.equal((await one()).retries, 1)
    assert.deepEqual(await ids('executable=true'), [job.id])

    // when: the last retry is spent by hand, and a run at zero fails again
    ;(await client.post(`/engine-rest/job/${job.id}/execute`).bearerToken(token)).assertStatus(500)
    ;(await client.post(`/engine-rest/job/${job.id}/execute`).bearerToken(token)).assertStatus(500)

    // then: zero retries and exactly one incident
    assert.equal((await one()).retries, 0)
    assert.deepEqual(await ids('noRetriesLeft=true'), [job.id])
    assert.deepEqual(await ids('executable=true'), [])
    assert.deepEqual((await incidents()).map((i: { incidentType: string; configuration: string; activityId: string }) => [i.incidentType, i.configuration, i.activityId]), [['failedJob', job.id, 'wait']])

    // when: an operator sets the variable on the preparation task and gives the job retries back
    const [prepare] = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
    await client.post(`/engine-rest/task/${prepare.id}/variables`).bearerToken(token).json({ modifications: { approved: { value: true, type: 'Boolean' } } })
    ;(await client.put(`/engine-rest/job/${job.id}/retries`).bearerToken(token).json({ retries: 2 })).assertStatus(204)

    // then: the incident is resolved and the job is executable again
    assert.deepEqual(await incidents(), [])
    assert.deepEqual(await ids('executable=true'), [job.id])

    // when: run now
    ;(await client.post(`/engine-rest/job/${job.id}/execute`).bearerToken(token)).assertStatus(204)

    // then: the timer fired and the gateway let the token through
    ;(await client.get(`/engine-rest/job/${job.id}`).bearerToken(token)).assertStatus(404)
    const open = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
    assert.deepEqual(open.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey).sort(), ['prepare', 'sign'])
    ;(await client.put(`/engine-rest/job/${job.id}/retries`).bearerToken(token).json({ retries: -1 })).assertStatus(400)
    ;(await client.put(`/engine-rest/job/${job.id}/retries`).bearerToken(token).json({ retries: 1 })).assertStatus(404)
    ;(await client.post('/engine-rest/job/nope/execute').bearerToken(token)).assertStatus(404)
    await client.delete(`/engine-rest/process-instance/${id}`).bearerToken(token)
  })
})
