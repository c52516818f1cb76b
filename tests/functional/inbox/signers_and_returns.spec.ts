import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, flows } from '../engine/bpmn.js'
import { deployBpmn } from '../engine/fixtures.js'
import { act, fileCase, startCase, userId } from './helpers.js'
import { deployFormsFixture, startFiling, validFiling } from '../forms/helpers.js'

const KEY = 'inboxTwoSteps'

/** 初审 then 复审, both for any supervisor; 复审 may go back (退回) or ask a colleague to sign too (加签). */
function twoSteps(): string {
  const actions = (value: string) => `<bpmn:extensionElements><camunda:properties><camunda:property name="zhian:actions" value="${value}" /></camunda:properties></bpmn:extensionElements>`
  return bpmn(
    KEY,
    `<bpmn:startEvent id="start" />
    <bpmn:userTask id="first" name="初审" camunda:candidateGroups="supervisor">${actions('approve')}</bpmn:userTask>
    <bpmn:userTask id="second" name="复审" camunda:candidateGroups="supervisor">${actions('approve,return_to_step,add_signer')}</bpmn:userTask>
    <bpmn:endEvent id="end" />
    ${flows('start', 'first', 'second', 'end')}`
  )
}

async function atSecondStep(client: Parameters<typeof tokenFor>[0]) {
  const worker = await tokenFor(client, 'worker')
  ;(await deployBpmn(client, worker, 'inbox-two-steps', twoSteps(), { 'deploy-changed-only': 'true' })).assertStatus(200)
  const started = await startCase(client, worker, { processKey: KEY })
  const supervisor = await tokenFor(client, 'hp.supervisor')
  ;(await act(client, supervisor, started.taskId, 'approve')).assertStatus(200)
  const second = await db.from('engine_tasks').where('process_instance_id', started.instanceId).firstOrFail()
  return { ...started, supervisor, secondId: second.id as string }
}

test.group('加签 and 退回 (engine subtasks and returns)', () => {
  test('[5.2.2-01-01] 退回 lists the earlier step and reopens it; without a step it is a 422 at activityId', async ({ client, assert }) => {
    const { instanceId, supervisor, secondId } = await atSecondStep(client)

    const steps = await client.get(`/api/tasks/${secondId}/returnable-activities`).bearerToken(supervisor)
    steps.assertStatus(200)
    assert.deepEqual(steps.body(), [{ id: 'first', name: '初审' }])
    const refused = await act(client, supervisor, secondId, 'return-to-step', {})
    refused.assertStatus(422)
    assert.equal(refused.body().errors[0].path, 'activityId')

    // when
    ;(await act(client, supervisor, secondId, 'return-to-step', { activityId: 'first', comment: '初审意见不完整' })).assertStatus(200)

    // then
    const open = await db.from('engine_tasks').where('process_instance_id', instanceId)
    assert.deepEqual(open.map((t) => t.task_definition_key), ['first'])
    assert.equal((await db.from('engine_hist_tasks').where('id', secondId).first()).delete_reason, 'returned')
    ;(await act(client, supervisor, secondId, 'approve')).assertStatus(404)
  })

  test('[5.2.2-01-01] 加签: the task waits for the co-signer (409), who signs; then it can be approved', async ({ client, assert }) => {
    const { instanceId, supervisor, secondId } = await atSecondStep(client)
    const chief = await tokenFor(client, 'hp.chief')

    // when
    ;(await act(client, supervisor, secondId, 'add-signer', { userId: await userId('hp.chief'), comment: '请站长会签' })).assertStatus(200)

    // then
    const subtask = await db.from('engine_tasks').where('parent_task_id', secondId).firstOrFail()
    assert.equal(subtask.assignee, 'hp.chief')
    const early = await act(client, supervisor, secondId, 'approve')
    early.assertStatus(409)
    assert.include(early.body().message, '加签')
    const view = await client.get(`/api/tasks/${subtask.id}`).bearerToken(chief)
    assert.deepEqual(view.body().actions, ['approve'])
    ;(await act(client, chief, subtask.id, 'approve', { opinion: '同意' })).assertStatus(200)
    ;(await act(client, supervisor, secondId, 'approve')).assertStatus(200)
    assert.equal(await db.from('engine_tasks').where('process_instance_id', instanceId).count('* as n').first().then((r) => Number(r?.n)), 0)
  })
})

test.group('通过 on a step with a form', () => {
  test('[5.2.2-01-01] approving without the form\'s values is a 422 at the field; with them the submission is stored and the task completed', async ({ client, assert }) => {
    // given: the forms fixture's fill task (hongji.user), filed as a case
    await deployFormsFixture()
    const worker = await tokenFor(client, 'worker')
    const { instanceId, taskId, projectId } = await startFiling(client, worker)
    await fileCase(instanceId, { processKey: 'formsApiFiling' })
    const filer = await tokenFor(client, 'hongji.user')

    // when: nothing
    const refused = await act(client, filer, taskId, 'approve', {})

    // then
    refused.assertStatus(422)
    assert.include(refused.body().errors.map((e: { path: string }) => e.path), 'permitNo')
    assert.equal(await db.from('form_submissions').where('process_instance_id', instanceId).count('* as n').first().then((r) => Number(r?.n)), 0)

    // when: the values
    ;(await act(client, filer, taskId, 'approve', { value: await validFiling(projectId) })).assertStatus(200)
    const stored = await db.from('form_submissions').where({ process_instance_id: instanceId, task_id: taskId }).firstOrFail()
    assert.equal(stored.status, 'submitted')
    assert.isNull(await db.from('engine_tasks').where('id', taskId).first())
  })
})
