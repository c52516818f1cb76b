import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'

/** A filing review with a local input parameter, so history has a variable the runtime drops. */
function filing(key: string): string {
  return bpmn(
    key,
    `<bpmn:startEvent id="start" />${flows('start', 'fork')}<bpmn:parallelGateway id="fork" />
    ${flows('fork', 'review', 'join')}${flows('fork', 'check', 'join')}
    <bpmn:userTask id="review" name="受理审查" camunda:assignee="hp.supervisor">
      <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="deadline">5 个工作日</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:userTask id="check" name="资料核对" />
    <bpmn:parallelGateway id="join" />${flows('join', 'end')}<bpmn:endEvent id="end" />`
  )
}

test.group('engine history', () => {
  test('a completed instance: its activities in order, its tasks with who and why they ended, every variable', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    const get = async (path: string) => (await client.get(`/engine-rest/history/${path}`).bearerToken(token)).body()
    await rest.deploy('hist-a', filing('histA'))
    const id = await rest.start('histA', { project: '沈阳某项目' }, 'HIST-A-1')
    await rest.completeTask(id, 'review', { accepted: true })
    await rest.completeTask(id, 'check')

    const instance = await get(`process-instance/${id}`)
    assert.include(instance, { state: 'COMPLETED', businessKey: 'HIST-A-1', processDefinitionKey: 'histA' })
    assert.isNotNull(instance.endTime)

    const activities = await get(`activity-instance?processInstanceId=${id}`)
    const order = activities.map((a: { activityId: string }) => a.activityId)
    assert.deepEqual([order[0], order[1], ...order.slice(4)], ['start', 'fork', 'join', 'join', 'end'])
    assert.sameMembers(order.slice(2, 4), ['review', 'check'])
    assert.isTrue(activities.every((a: { endTime: string | null; canceled: boolean }) => a.endTime !== null && !a.canceled))
    const review = activities.find((a: { activityId: string }) => a.activityId === 'review')
    assert.equal(review.activityType, 'userTask')
    assert.isNotNull(review.taskId)

    const tasks = await get(`task?processInstanceId=${id}`)
    // both tasks were created by one command, at one instant: their order is not defined
    assert.sameDeepMembers(
      tasks.map((t: { taskDefinitionKey: string; assignee: string | null; deleteReason: string }) => [t.taskDefinitionKey, t.assignee, t.deleteReason]),
      [['review', 'hp.supervisor', 'completed'], ['check', null, 'completed']]
    )
    assert.equal(tasks.find((t: { taskDefinitionKey: string }) => t.taskDefinitionKey === 'review').id, review.taskId)

    const variables = await get(`variable-instance?processInstanceId=${id}`)
    const byName = Object.fromEntries(variables.map((v: { name: string; value: unknown }) => [v.name, v.value]))
    assert.deepEqual(byName, { project: '沈阳某项目', deadline: '5 个工作日', accepted: true })
    assert.equal((await get(`process-instance/count?processInstanceId=${id}&finished=true`)).count, 1)
  })

  test('a cancelled instance: terminated, its open task deleted, its open activities cancelled', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    const get = async (path: string) => (await client.get(`/engine-rest/history/${path}`).bearerToken(token)).body()
    await rest.deploy('hist-b', filing('histB'))
    const id = await rest.start('histB')
    await rest.completeTask(id, 'check')

    ;(await client.delete(`/engine-rest/process-instance/${id}`).bearerToken(token)).assertStatus(204)

    assert.equal((await get(`process-instance/${id}`)).state, 'EXTERNALLY_TERMINATED')
    const [review] = await get(`task?processInstanceId=${id}&taskDefinitionKey=review`)
    assert.equal(review.deleteReason, 'deleted')
    const canceled = await get(`activity-instance?processInstanceId=${id}&canceled=true`)
    assert.deepEqual(canceled.map((a: { activityId: string }) => a.activityId).sort(), ['join', 'review'])
    assert.deepEqual(await get(`activity-instance?processInstanceId=${id}&unfinished=true`), [])
  })
})
