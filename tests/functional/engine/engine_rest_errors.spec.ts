import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, reviewProcess } from './fixtures.js'

test.group('engine REST: Camunda error shapes', () => {
  test('a model with an unsupported element is refused, naming the element', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const xml = reviewProcess('badScript', 'x.bad').replace('<bpmn:endEvent id="rejected" />', '<bpmn:scriptTask id="calc" scriptFormat="groovy" /><bpmn:endEvent id="rejected" />')
    const response = await deployBpmn(client, token, 'bad', xml)
    response.assertStatus(400)
    assert.equal(response.header('content-type'), 'application/json')
    assert.equal(response.body().type, 'ParseException')
    assert.include(response.body().message, 'calc')
  })

  test('an unchanged model is not deployed again with duplicate filtering', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const xml = reviewProcess('dedup', 'x.dedup')
    const first = await deployBpmn(client, token, 'dedup', xml, { 'enable-duplicate-filtering': 'true' })
    const second = await deployBpmn(client, token, 'dedup', xml, { 'enable-duplicate-filtering': 'true' })
    const changed = await deployBpmn(client, token, 'dedup', xml.replace('资料审查', '资料审查（修订）'), { 'enable-duplicate-filtering': 'true' })
    assert.lengthOf(Object.keys(first.body().deployedProcessDefinitions), 1)
    assert.isNull(second.body().deployedProcessDefinitions)
    const version = (response: typeof first) => Object.values<{ version: number }>(response.body().deployedProcessDefinitions)[0].version
    assert.equal(version(changed), version(first) + 1)
  })

  test('completing with the wrong worker is a 400, an unknown task a 404', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'errs', reviewProcess('errs', 'x.errs'))
    await client.post('/engine-rest/process-definition/key/errs/start').bearerToken(token).json({ variables: { priority: { value: 0 } } })
    const [task] = (await client.post('/engine-rest/external-task/fetchAndLock').bearerToken(token).json({ workerId: 'owner', maxTasks: 1, topics: [{ topicName: 'x.errs', lockDuration: 60000 }] })).body()

    const wrong = await client.post(`/engine-rest/external-task/${task.id}/complete`).bearerToken(token).json({ workerId: 'intruder' })
    const unknown = await client.post('/engine-rest/external-task/nope/complete').bearerToken(token).json({ workerId: 'owner' })

    wrong.assertStatus(400)
    assert.equal(wrong.body().type, 'BadUserRequestException')
    unknown.assertStatus(404)
  })

  test('a start with an unknown key is a 404; no token is a 401; a supervisor without engine:rest a 403', async ({ client }) => {
    const token = await tokenFor(client, 'worker')
    ;(await client.post('/engine-rest/process-definition/key/none/start').bearerToken(token).json({})).assertStatus(404)
    ;(await client.get('/engine-rest/task')).assertStatus(401)
    ;(await client.get('/engine-rest/task').bearerToken(await tokenFor(client, 'hp.supervisor'))).assertStatus(403)
  })
})
