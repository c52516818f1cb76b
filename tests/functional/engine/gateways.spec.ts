import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { parseDate } from '#engine'
import type { ApiClient } from '@japa/api-client'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, eventGatewayProcess, inclusiveProcess } from './fixtures.js'

async function work(client: ApiClient, token: string, id: string) {
  const tasks = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
  const external = (await client.get(`/engine-rest/external-task?processInstanceId=${id}`).bearerToken(token)).body()
  return { tasks: tasks.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey), external: external.map((t: { id: string; activityId: string }) => t) }
}

async function completeExternal(client: ApiClient, token: string, task: { id: string }) {
  await client.post(`/engine-rest/external-task/${task.id}/lock`).bearerToken(token).json({ workerId: 'gw', lockDuration: 10_000 })
  ;(await client.post(`/engine-rest/external-task/${task.id}/complete`).bearerToken(token).json({ workerId: 'gw' })).assertStatus(204)
}

test.group('engine gateways', () => {
  test('an inclusive fork takes every true condition and its join waits for exactly those branches', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'incl-a', inclusiveProcess('inclA', 'ia'))
    const start = (vars: object) => client.post('/engine-rest/process-definition/key/inclA/start').bearerToken(token).json({ variables: vars })

    // both conditions true: two branches, the join waits for the second
    const both = (await start({ needA: { value: true }, needB: { value: true } })).body().id
    const branches = (await work(client, token, both)).external
    assert.deepEqual(branches.map((t: { activityId: string }) => t.activityId).sort(), ['checkA', 'checkB'])
    await completeExternal(client, token, branches[0])
    assert.deepEqual((await work(client, token, both)).tasks, [])
    await completeExternal(client, token, branches[1])
    assert.deepEqual((await work(client, token, both)).tasks, ['review'])

    // one condition true: the join does not wait for branches that never started
    const one = (await start({ needA: { value: false }, needB: { value: true } })).body().id
    const [only] = (await work(client, token, one)).external
    assert.equal(only.activityId, 'checkB')
    await completeExternal(client, token, only)
    assert.deepEqual((await work(client, token, one)).tasks, ['review'])

    // none true: the default flow
    const none = (await start({ needA: { value: false }, needB: { value: false } })).body().id
    assert.deepEqual((await work(client, token, none)).external.map((t: { activityId: string }) => t.activityId), ['checkC'])
  })

  test('an event-based gateway follows whichever event comes first and withdraws the other', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    ;(await deployBpmn(client, token, 'evgw', eventGatewayProcess('evgwA'))).assertStatus(200)
    const start = async (businessKey: string) => (await client.post('/engine-rest/process-definition/key/evgwA/start').bearerToken(token).json({ businessKey })).body().id
    const armed = async (id: string) => ({
      jobs: (await db.from('engine_jobs').where('process_instance_id', id)).length,
      subscriptions: (await db.from('engine_event_subscriptions').where('process_instance_id', id)).length,
    })

    // the documents arrive first: the 48-hour timer is withdrawn
    const early = await start('EVGW-1')
    assert.deepEqual(await armed(early), { jobs: 1, subscriptions: 1 })
    ;(await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'evgwA.docs', businessKey: 'EVGW-1' })).assertStatus(204)
    assert.deepEqual((await work(client, token, early)).tasks, ['accept'])
    assert.deepEqual(await armed(early), { jobs: 0, subscriptions: 0 })

    // nothing comes for 48 hours: the timer wins and the message subscription goes
    const late = await start('EVGW-2')
    const now = parseDate((await client.get('/engine-rest/clock').bearerToken(token)).body().time)
    await client.put('/engine-rest/clock').bearerToken(token).json({ time: new Date(now + 48 * 3_600_000 + 1000).toISOString() })
    assert.deepEqual((await work(client, token, late)).tasks, ['close'])
    assert.deepEqual(await armed(late), { jobs: 0, subscriptions: 0 })
    ;(await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'evgwA.docs', businessKey: 'EVGW-2' })).assertStatus(400)
  })

  test('an event-based gateway followed by a task is refused at deploy', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const xml = eventGatewayProcess('evgwBad').replace('<bpmn:sequenceFlow id="f2" sourceRef="waitFirst" targetRef="lapsed" />', '<bpmn:sequenceFlow id="f2" sourceRef="waitFirst" targetRef="close" />')
    const response = await deployBpmn(client, token, 'evgw-bad', xml)
    response.assertStatus(400)
    assert.include(response.body().message, 'waitFirst')
  })
})
