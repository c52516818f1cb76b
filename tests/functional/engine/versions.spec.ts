import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'

const version = (task: string) => bpmn('versioned', `<bpmn:startEvent id="s" />${flows('s', task, 'e')}<bpmn:userTask id="${task}" /><bpmn:endEvent id="e" />`)

test.group('engine process definition versions', () => {
  test('start by key takes the newest version, start by id exactly the one named; running instances keep theirs', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    const first = (await rest.deploy('versioned', version('reviewV1'))).deployedProcessDefinitions
    const [v1] = Object.values(first) as { id: string; version: number }[]
    const running = await rest.start('versioned')
    await rest.deploy('versioned', version('reviewV2'))

    const byKey = await rest.start('versioned')
    const byId = await client.post(`/engine-rest/process-definition/${encodeURIComponent(v1.id)}/start`).bearerToken(token).json({ businessKey: 'V1-AGAIN' })
    byId.assertStatus(200)

    assert.deepEqual(await rest.taskKeys(byKey), ['reviewV2'])
    assert.deepEqual(await rest.taskKeys(byId.body().id), ['reviewV1'])
    assert.equal(byId.body().definitionId, v1.id)
    await rest.completeTask(running, 'reviewV1')
    assert.isTrue(await rest.ended(running))

    const missing = await client.post('/engine-rest/process-definition/no-such-definition/start').bearerToken(token).json({})
    missing.assertStatus(404)
  })
})
