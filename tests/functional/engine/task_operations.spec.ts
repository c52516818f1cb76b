import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, deadlineProcess } from './fixtures.js'

test.group('engine REST: task operations and instances', () => {
  test('claim, a refused second claim, unclaim, and setting the assignee outright (转办)', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'ops-a', deadlineProcess('opsA', 'opa'))
    const id = (await client.post('/engine-rest/process-definition/key/opsA/start').bearerToken(token).json({ businessKey: 'OPS-1', variables: { reminders: { value: 'R1/PT240H' } } })).body().id
    const [task] = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
    const assignee = async () => (await client.get(`/engine-rest/task/${task.id}`).bearerToken(token)).body().assignee

    ;(await client.post(`/engine-rest/task/${task.id}/claim`).bearerToken(token).json({ userId: 'hp.supervisor' })).assertStatus(204)
    assert.equal(await assignee(), 'hp.supervisor')
    const second = await client.post(`/engine-rest/task/${task.id}/claim`).bearerToken(token).json({ userId: 'hn.supervisor' })
    second.assertStatus(400)
    ;(await client.post(`/engine-rest/task/${task.id}/unclaim`).bearerToken(token)).assertStatus(204)
    assert.isNull(await assignee())
    ;(await client.post(`/engine-rest/task/${task.id}/assignee`).bearerToken(token).json({ userId: 'hp.chief' })).assertStatus(204)
    assert.equal(await assignee(), 'hp.chief')
    // its timers must not fire in later tests that move the shared clock
    await client.delete(`/engine-rest/process-instance/${id}`).bearerToken(token)
  })

  test('instances are listed by business key; deleting one ends it with all its work and timers', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'ops-b', deadlineProcess('opsB', 'opb'))
    const id = (await client.post('/engine-rest/process-definition/key/opsB/start').bearerToken(token).json({ businessKey: 'OPS-2', variables: { reminders: { value: 'R/PT24H' } } })).body().id

    const listed = await client.get('/engine-rest/process-instance?businessKey=OPS-2').bearerToken(token)
    assert.deepEqual(listed.body().map((i: { id: string }) => i.id), [id])

    ;(await client.delete(`/engine-rest/process-instance/${id}`).bearerToken(token)).assertStatus(204)
    assert.isTrue((await client.get(`/engine-rest/process-instance/${id}`).bearerToken(token)).body().ended)
    assert.deepEqual((await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body(), [])
    assert.lengthOf(await db.from('engine_jobs').where('process_instance_id', id), 0)
    assert.deepEqual((await client.get('/engine-rest/process-instance?businessKey=OPS-2').bearerToken(token)).body(), [])
    ;(await client.delete(`/engine-rest/process-instance/${id}`).bearerToken(token)).assertStatus(400)
  })
})
