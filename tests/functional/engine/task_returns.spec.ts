import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'

/** 申请 → 审核 → 审批: each step has a deadline timer on its boundary. */
function chainProcess(key: string) {
  const timer = (id: string, on: string, duration: string) =>
    `<bpmn:boundaryEvent id="${id}" attachedToRef="${on}" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>${duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:endEvent id="${id}End" />${flows(id, `${id}End`)}`
  return bpmn(
    key,
    `<bpmn:startEvent id="start" />
    <bpmn:userTask id="apply" name="申请" camunda:assignee="\${applicant}" camunda:candidateGroups="applicants" camunda:formKey="zhian:test/apply" camunda:dueDate="P2D" />
    <bpmn:userTask id="check" name="审核" camunda:assignee="reviewer" />
    <bpmn:userTask id="approve" name="审批" camunda:assignee="chief" />
    <bpmn:endEvent id="end" />
    ${flows('start', 'apply', 'check', 'approve', 'end')}
    ${timer('applyLate', 'apply', 'PT2H')}
    ${timer('approveLate', 'approve', 'PT1H')}`
  )
}

/** 申请, then 审核 and 会签 in parallel, then 审批. */
function parallelProcess(key: string) {
  return bpmn(
    key,
    `<bpmn:startEvent id="start" />
    <bpmn:userTask id="apply" name="申请" camunda:assignee="applicant" />
    <bpmn:parallelGateway id="fork" />
    <bpmn:userTask id="check" name="审核" camunda:assignee="reviewer" />
    <bpmn:userTask id="cosign" name="会签" camunda:assignee="expert" />
    <bpmn:parallelGateway id="join" />
    <bpmn:userTask id="approve" name="审批" camunda:assignee="chief" />
    <bpmn:endEvent id="end" />
    ${flows('start', 'apply', 'fork', 'check', 'join', 'approve', 'end')}
    ${flows('fork', 'cosign', 'join')}`
  )
}

function driver(client: ApiClient, token: string) {
  const rest = engineRest(client, token)
  const taskAt = async (instanceId: string, key: string) => (await rest.tasks(instanceId)).find((t) => t.taskDefinitionKey === key)!
  return {
    ...rest,
    taskAt,
    returnable: async (taskId: string) => (await client.get(`/engine-rest/task/${taskId}/returnable-activities`).bearerToken(token)).body(),
    returnTo: (taskId: string, body: Record<string, unknown>) => client.post(`/engine-rest/task/${taskId}/return`).bearerToken(token).json(body),
    get: async (path: string) => (await client.get(`/engine-rest/${path}`).bearerToken(token)).body(),
    /** The boundary timers waiting, by the activity they belong to. */
    timers: async (instanceId: string) => {
      const count = async (activityId: string) => (await client.get(`/engine-rest/job/count?processInstanceId=${instanceId}&activityId=${activityId}`).bearerToken(token)).body().count
      return { applyLate: await count('applyLate'), approveLate: await count('approveLate') }
    },
  }
}

test.group('engine REST: returning a task to an earlier step (退回)', () => {
  test('[5.2.2-08-08] 审批 goes back to 申请: it opens again as if the token had arrived, and the process runs on to the end', async ({ client, assert }) => {
    // given: 申请 and 审核 are done, 审批 waits with its deadline timer
    const token = await tokenFor(client, 'worker')
    const rest = driver(client, token)
    await rest.deploy('ret-a', chainProcess('retA'))
    const id = await rest.start('retA', { applicant: 'zhang' })
    const firstApply = await rest.taskAt(id, 'apply')
    await rest.complete(firstApply.id)
    await rest.completeTask(id, 'check')
    const approve = await rest.taskAt(id, 'approve')
    assert.deepEqual(await rest.timers(id), { applyLate: 0, approveLate: 1 })

    // then: both earlier steps are offered
    assert.deepEqual(await rest.returnable(approve.id), [
      { activityId: 'apply', name: '申请' },
      { activityId: 'check', name: '审核' },
    ])

    // when: 审批 is returned to 申请 with a reason
    const returned = await rest.returnTo(approve.id, { activityId: 'apply', variables: { returnReason: { value: '材料不全', type: 'String' } } })

    // then: 申请 is open again with its assignment, form and due date resolved anew, and its own timer instead of 审批's
    returned.assertStatus(204)
    const [apply] = await rest.get(`task?processInstanceId=${id}`)
    assert.include(apply, { taskDefinitionKey: 'apply', assignee: 'zhang', formKey: 'zhian:test/apply', executionId: approve.executionId })
    assert.notEqual(apply.id, firstApply.id)
    assert.deepEqual((await rest.get(`task/${apply.id}/identity-links?type=candidate`)).map((l: { groupId: string }) => l.groupId), ['applicants'])
    assert.deepEqual(await rest.timers(id), { applyLate: 1, approveLate: 0 })
    assert.equal((await rest.variables(id)).returnReason, '材料不全')

    // and history shows 审批 ended as returned, its activity cancelled, and 申请 started again
    const tasks = await rest.get(`history/task?processInstanceId=${id}&taskDefinitionKey=approve`)
    assert.deepEqual(tasks.map((t: { deleteReason: string }) => t.deleteReason), ['returned'])
    const activities = await rest.get(`history/activity-instance?processInstanceId=${id}&activityType=userTask`)
    assert.deepEqual(activities.map((a: { activityId: string; canceled: boolean }) => `${a.activityId}${a.canceled ? '(canceled)' : ''}`), ['apply', 'check', 'approve(canceled)', 'apply'])

    // when: the steps are done again, the process ends
    await rest.completeTask(id, 'apply')
    await rest.completeTask(id, 'check')
    await rest.completeTask(id, 'approve')
    assert.isTrue(await rest.ended(id))
  })

  test('a step never completed, a task that is no user task of the model, open subtasks and a missing task are refused', async ({ client, assert }) => {
    // given: 申请 done, 审核 open
    const token = await tokenFor(client, 'worker')
    const rest = driver(client, token)
    await rest.deploy('ret-b', chainProcess('retB'))
    const id = await rest.start('retB', { applicant: 'li' })
    await rest.completeTask(id, 'apply')
    const check = await rest.taskAt(id, 'check')

    // when
    const forward = await rest.returnTo(check.id, { activityId: 'approve' })
    const unknown = await rest.returnTo(check.id, { activityId: 'nowhere' })
    const self = await rest.returnTo(check.id, { activityId: 'check' })
    const missing = await rest.returnTo('nope', { activityId: 'apply' })

    // then
    forward.assertStatus(400)
    assert.equal(forward.body().type, 'BadUserRequestException')
    assert.include(forward.body().message, '还没有完成过')
    unknown.assertStatus(400)
    self.assertStatus(400)
    missing.assertStatus(404)
    ;(await client.get('/engine-rest/task/nope/returnable-activities').bearerToken(token)).assertStatus(404)

    // when: a co-signer works on 审核, it cannot be returned, and is not offered targets
    ;(await client.post('/engine-rest/task/create').bearerToken(token).json({ parentTaskId: check.id, name: '加签', assignee: 'ex' })).assertStatus(204)
    const withSubtask = await rest.returnTo(check.id, { activityId: 'apply' })
    withSubtask.assertStatus(400)
    assert.include(withSubtask.body().message, '加签')
    assert.deepEqual(await rest.returnable(check.id), [])

    // then: nothing moved
    assert.sameMembers((await rest.tasks(id)).map((t) => t.taskDefinitionKey), ['check', null as unknown as string])
  })

  test('across a parallel gateway: not while a sibling branch is open, not into a branch after the join; back before the fork splits again', async ({ client, assert }) => {
    // given: 申请 and 审核 done; 会签 open while 审核's token waits at the join
    const token = await tokenFor(client, 'worker')
    const rest = driver(client, token)
    await rest.deploy('ret-c', parallelProcess('retC'))
    const id = await rest.start('retC')
    await rest.completeTask(id, 'apply')
    await rest.completeTask(id, 'check')
    const cosign = await rest.taskAt(id, 'cosign')

    // then: 会签 cannot go back while its sibling branch is in the scope
    const whileParallel = await rest.returnTo(cosign.id, { activityId: 'apply' })
    whileParallel.assertStatus(400)
    assert.include(whileParallel.body().message, '其他分支')
    assert.deepEqual(await rest.returnable(cosign.id), [])

    // when: 会签 is done, 审批 waits after the join
    await rest.complete(cosign.id)
    const approve = await rest.taskAt(id, 'approve')

    // then: only 申请 (before the fork) is offered; 审核 lies inside a branch
    assert.deepEqual(await rest.returnable(approve.id), [{ activityId: 'apply', name: '申请' }])
    const intoBranch = await rest.returnTo(approve.id, { activityId: 'check' })
    intoBranch.assertStatus(400)
    assert.include(intoBranch.body().message, '汇合网关 join')

    // when: 审批 goes back to 申请, the fork splits again and the join waits for both
    ;(await rest.returnTo(approve.id, { activityId: 'apply' })).assertStatus(204)
    await rest.completeTask(id, 'apply')
    assert.deepEqual(await rest.taskKeys(id), ['check', 'cosign'])
    await rest.completeTask(id, 'check')
    await rest.completeTask(id, 'cosign')
    await rest.completeTask(id, 'approve')
    assert.isTrue(await rest.ended(id))
  })
})
