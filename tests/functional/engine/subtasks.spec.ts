import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'

/** A review by the station chief; an interrupting message boundary event can withdraw it. */
function reviewProcess(key: string) {
  return bpmn(
    key,
    `<bpmn:startEvent id="start" />
    <bpmn:userTask id="review" name="审查" camunda:assignee="hp.chief" camunda:formKey="zhian:test/review" />
    <bpmn:boundaryEvent id="withdrawn" attachedToRef="review"><bpmn:messageEventDefinition messageRef="msg_${key}" /></bpmn:boundaryEvent>
    <bpmn:endEvent id="end" />
    <bpmn:endEvent id="gone" />
    ${flows('start', 'review', 'end')}
    ${flows('withdrawn', 'gone')}`,
    `<bpmn:message id="msg_${key}" name="${key}Withdrawn" />`
  )
}

async function setup(client: ApiClient, key: string) {
  const token = await tokenFor(client, 'worker')
  const rest = engineRest(client, token)
  await rest.deploy(key, reviewProcess(key))
  const instanceId = await rest.start(key)
  const [review] = await rest.tasks(instanceId)
  const get = async (path: string) => (await client.get(`/engine-rest/${path}`).bearerToken(token)).body()
  const create = (body: Record<string, unknown>) => client.post('/engine-rest/task/create').bearerToken(token).json(body)
  return { token, rest, instanceId, review, get, create }
}

test.group('engine REST: subtasks (加签)', () => {
  test('[5.2.2-08-08] a co-signer gets a subtask; the parent waits for it, completing it leaves the process where it is', async ({ client, assert }) => {
    // given: the chief's review
    const { token, rest, instanceId, review, get, create } = await setup(client, 'subA')

    // when: an expert is added as co-signer (加签)
    const created = await create({ parentTaskId: review.id, name: '专家会签', assignee: 'ex.expert', description: '请核对结构计算书' })

    // then: the subtask is listed under its parent, in the expert's inbox, on the parent's execution, without a key or a form
    created.assertStatus(204)
    const [subtask] = await get(`task?parentTaskId=${review.id}`)
    assert.include(subtask, { name: '专家会签', assignee: 'ex.expert', description: '请核对结构计算书', parentTaskId: review.id, taskDefinitionKey: null, formKey: null })
    assert.include(subtask, { processInstanceId: instanceId, executionId: review.executionId, processDefinitionId: (await get(`task/${review.id}`)).processDefinitionId })
    assert.deepEqual((await get('task?assignee=ex.expert')).map((t: { id: string }) => t.id), [subtask.id])
    assert.equal((await get(`task/${subtask.id}`)).parentTaskId, review.id)
    assert.isNull((await get(`task/${review.id}`)).parentTaskId)
    assert.deepEqual(await get(`task/count?parentTaskId=${review.id}`), { count: 1 })

    // when: the chief tries to complete the review first
    const refused = await client.post(`/engine-rest/task/${review.id}/complete`).bearerToken(token).json({})

    // then: refused, naming the open co-signature
    refused.assertStatus(400)
    assert.equal(refused.body().type, 'BadUserRequestException')
    assert.include(refused.body().message, '加签')

    // when: the expert completes the subtask with an opinion
    await rest.complete(subtask.id, { expertOpinion: '同意' })

    // then: only the subtask went; the review still waits and sees the opinion; history has the subtask, completed
    assert.deepEqual((await rest.tasks(instanceId)).map((t) => t.id), [review.id])
    assert.equal((await rest.variables(instanceId)).expertOpinion, '同意')
    const history = await get(`history/task?processInstanceId=${instanceId}`)
    assert.deepInclude(
      history.map((t: Record<string, unknown>) => ({ id: t.id, parentTaskId: t.parentTaskId, deleteReason: t.deleteReason, taskDefinitionKey: t.taskDefinitionKey })),
      { id: subtask.id, parentTaskId: review.id, deleteReason: 'completed', taskDefinitionKey: null }
    )

    // and then the review completes and the process ends
    await rest.complete(review.id)
    assert.isTrue(await rest.ended(instanceId))
  })

  test('the caller may choose the id; a parent that does not exist is a 404; a task without a parent is refused', async ({ client, assert }) => {
    const { review, get, create } = await setup(client, 'subB')

    const chosen = await create({ id: `sub-${review.id.slice(0, 8)}`, parentTaskId: review.id, name: '会签', assignee: 'ex.a' })
    const again = await create({ id: `sub-${review.id.slice(0, 8)}`, parentTaskId: review.id, name: '会签', assignee: 'ex.b' })
    const missing = await create({ parentTaskId: 'nope', name: '会签', assignee: 'ex.a' })
    const standalone = await create({ name: '独立任务', assignee: 'ex.a' })

    chosen.assertStatus(204)
    assert.equal((await get(`task/sub-${review.id.slice(0, 8)}`)).parentTaskId, review.id)
    again.assertStatus(400)
    missing.assertStatus(404)
    assert.equal(missing.body().type, 'InvalidRequestException')
    standalone.assertStatus(400)
    assert.include(standalone.body().message, '只支持加签子任务')
  })

  test('subtasks end with their parent: an interrupting boundary event, or the instance being cancelled', async ({ client, assert }) => {
    // given: a review with a subtask, in two instances
    const { token, rest, instanceId, review, get, create } = await setup(client, 'subC')
    await create({ parentTaskId: review.id, name: '会签', assignee: 'ex.c' })
    const other = await rest.start('subC')
    const [otherReview] = await rest.tasks(other)
    await create({ parentTaskId: otherReview.id, name: '会签', assignee: 'ex.c' })
    assert.lengthOf(await get('task?assignee=ex.c'), 2)

    // when: the first review is withdrawn by its boundary event, the second instance is cancelled
    ;(await rest.message({ messageName: 'subCWithdrawn', processInstanceId: instanceId })).assertStatus(204)
    ;(await client.delete(`/engine-rest/process-instance/${other}`).bearerToken(token)).assertStatus(204)

    // then: no subtask is left, and history says they were deleted
    assert.lengthOf(await get('task?assignee=ex.c'), 0)
    assert.isTrue(await rest.ended(instanceId))
    for (const id of [instanceId, other]) {
      const subtasks = (await get(`history/task?processInstanceId=${id}`)).filter((t: { parentTaskId: string | null }) => t.parentTaskId)
      assert.deepEqual(subtasks.map((t: { deleteReason: string }) => t.deleteReason), ['deleted'])
    }
  })
})
