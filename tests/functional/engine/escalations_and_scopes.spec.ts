import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'
import { deployBpmn } from './fixtures.js'

test.group('engine escalations, scoped event sub-processes, variables="all"', () => {
  test('an escalation end event in a called process interrupts the call activity through its escalation boundary', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    const escalation = `<bpmn:escalation id="esc" escalationCode="OVERDUE" />`
    await rest.deploy(
      'esc-a-child',
      bpmn('escAChild', `<bpmn:startEvent id="s" />${flows('s', 'work', 'late')}<bpmn:userTask id="work" /><bpmn:endEvent id="late"><bpmn:escalationEventDefinition escalationRef="esc" /></bpmn:endEvent>`, escalation)
    )
    await rest.deploy(
      'esc-a',
      bpmn(
        'escA',
        `<bpmn:startEvent id="s" />${flows('s', 'call', 'done')}<bpmn:callActivity id="call" calledElement="escAChild" /><bpmn:endEvent id="done" />
        <bpmn:boundaryEvent id="onOverdue" attachedToRef="call"><bpmn:escalationEventDefinition escalationRef="esc" camunda:escalationCodeVariable="why" /></bpmn:boundaryEvent>
        ${flows('onOverdue', 'chase', 'chased')}<bpmn:userTask id="chase" /><bpmn:endEvent id="chased" />`,
        escalation
      )
    )
    const parent = await rest.start('escA')
    const [child] = (await client.get(`/engine-rest/process-instance?superProcessInstance=${parent}`).bearerToken(token)).body()

    await rest.completeTask(child.id, 'work')

    assert.isTrue(await rest.ended(child.id))
    assert.deepEqual(await rest.taskKeys(parent), ['chase'])
    assert.include(await rest.variables(parent), { why: 'OVERDUE' })
  })

  test('a signal event sub-process inside a sub-process runs in that scope; the sub-process waits for it', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy(
      'esp-scope',
      bpmn(
        'espScope',
        `<bpmn:startEvent id="s" />${flows('s', 'sub', 'after')}
        <bpmn:subProcess id="sub">
          <bpmn:startEvent id="in" />${flows('in', 'inspect', 'out')}<bpmn:userTask id="inspect" /><bpmn:endEvent id="out" />
          <bpmn:subProcess id="onAlarm" triggeredByEvent="true">
            <bpmn:startEvent id="alarm" isInterrupting="false"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:startEvent>
            ${flows('alarm', 'respond', 'responded')}<bpmn:userTask id="respond" /><bpmn:endEvent id="responded" />
          </bpmn:subProcess>
        </bpmn:subProcess>
        <bpmn:userTask id="after" />${flows('after', 'e')}<bpmn:endEvent id="e" />`,
        `<bpmn:signal id="sig" name="塔吊超载预警-espScope" />`
      )
    )
    const id = await rest.start('espScope')

    ;(await client.post('/engine-rest/signal').bearerToken(token).json({ name: '塔吊超载预警-espScope' })).assertStatus(204)
    assert.deepEqual(await rest.taskKeys(id), ['inspect', 'respond'])

    await rest.completeTask(id, 'inspect')
    assert.deepEqual(await rest.taskKeys(id), ['respond'])
    await rest.completeTask(id, 'respond')
    assert.deepEqual(await rest.taskKeys(id), ['after'])

    // the trigger belonged to the sub-process: once it completed, a signal finds nothing
    ;(await client.post('/engine-rest/signal').bearerToken(token).json({ name: '塔吊超载预警-espScope' })).assertStatus(204)
    assert.deepEqual(await rest.taskKeys(id), ['after'])
  })

  test('camunda:in and camunda:out with variables="all" copy every variable both ways', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('all-child', bpmn('allChild', `<bpmn:startEvent id="s" />${flows('s', 'fill', 'e')}<bpmn:userTask id="fill" /><bpmn:endEvent id="e" />`))
    await rest.deploy(
      'all-parent',
      bpmn(
        'allParent',
        `<bpmn:startEvent id="s" />${flows('s', 'call', 'next')}
        <bpmn:callActivity id="call" calledElement="allChild"><bpmn:extensionElements><camunda:in variables="all" /><camunda:out variables="all" /></bpmn:extensionElements></bpmn:callActivity>
        <bpmn:userTask id="next" />${flows('next', 'e')}<bpmn:endEvent id="e" />`
      )
    )
    const parent = await rest.start('allParent', { project: 'P-1', level: 2 })
    const [child] = (await client.get(`/engine-rest/process-instance?superProcessInstance=${parent}`).bearerToken(token)).body()
    assert.include(await rest.variables(child.id), { project: 'P-1', level: 2 })

    await rest.completeTask(child.id, 'fill', { result: '合格', level: 3 })

    assert.include(await rest.variables(parent), { project: 'P-1', level: 3, result: '合格' })
  })

  test('listeners and other extensions the runtime cannot execute are refused at deploy, naming the element', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const withListener = bpmn(
      'refuseA',
      `<bpmn:startEvent id="s" />${flows('s', 'review', 'e')}
      <bpmn:userTask id="review"><bpmn:extensionElements><camunda:taskListener class="com.example.Notify" event="create" /></bpmn:extensionElements></bpmn:userTask>
      <bpmn:endEvent id="e" />`
    )
    const refused = await deployBpmn(client, token, 'refuse-a', withListener)
    refused.assertStatus(400)
    assert.include(refused.body().message, 'review')
    assert.include(refused.body().message, 'camunda:TaskListener')

    const withInitiator = bpmn('refuseB', `<bpmn:startEvent id="s" camunda:initiator="starter" />${flows('s', 'e')}<bpmn:endEvent id="e" />`)
    const second = await deployBpmn(client, token, 'refuse-b', withInitiator)
    second.assertStatus(400)
    assert.include(second.body().message, 's：不支持 camunda:initiator')
  })
})
