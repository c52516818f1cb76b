import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows } from './bpmn.js'

/** 整改 (rectification) as its own process, called from an inspection. */
function rectification(key: string): string {
  return bpmn(
    key,
    `<bpmn:startEvent id="start" />${flows('start', 'rectify', 'decide')}
    <bpmn:userTask id="rectify" camunda:assignee="\${contractor}" />
    <bpmn:exclusiveGateway id="decide" default="decide_done" />
    <bpmn:sequenceFlow id="decide_done" sourceRef="decide" targetRef="done" />
    <bpmn:sequenceFlow id="decide_refuse" sourceRef="decide" targetRef="refused"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${refused}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:endEvent id="done" /><bpmn:endEvent id="refused"><bpmn:errorEventDefinition errorRef="refusal" /></bpmn:endEvent>`,
    `<bpmn:error id="refusal" errorCode="REFUSED" />`
  )
}

function inspection(key: string, calledKey: string): string {
  return bpmn(
    key,
    `<bpmn:startEvent id="start" />${flows('start', 'callRectify', 'verify', 'end')}
    <bpmn:callActivity id="callRectify" calledElement="${calledKey}">
      <bpmn:extensionElements>
        <camunda:in businessKey="#{execution.processBusinessKey}" />
        <camunda:in source="unit" target="contractor" />
        <camunda:in sourceExpression="整改：\${issue}" target="title" />
        <camunda:out source="photos" target="evidence" />
        <camunda:out sourceExpression="\${refused}" target="wasRefused" />
      </bpmn:extensionElements>
    </bpmn:callActivity>
    <bpmn:boundaryEvent id="onRefusal" attachedToRef="callRectify"><bpmn:errorEventDefinition errorRef="refusal" /></bpmn:boundaryEvent>
    ${flows('onRefusal', 'stopWork')}<bpmn:userTask id="stopWork" />${flows('stopWork', 'stopped')}<bpmn:endEvent id="stopped" />
    <bpmn:userTask id="verify" /><bpmn:endEvent id="end" />`,
    `<bpmn:error id="refusal" errorCode="REFUSED" />`
  )
}

async function calledInstance(client: any, token: string, parentId: string): Promise<{ id: string; businessKey: string }> {
  const response = await client.get(`/engine-rest/process-instance?superProcessInstance=${parentId}`).bearerToken(token)
  const [called] = response.body()
  return called
}

test.group('engine call activities', () => {
  test('variables go in by camunda:in and come back by camunda:out; the business key is passed; the caller continues', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('call-a-child', rectification('callAChild'))
    await rest.deploy('call-a', inspection('callA', 'callAChild'))
    const parent = await rest.start('callA', { unit: '某建设公司', issue: '临边防护缺失' }, 'JC-2026-001')

    const called = await calledInstance(client, token, parent)
    assert.equal(called.businessKey, 'JC-2026-001')
    const [rectify] = await rest.tasks(called.id)
    assert.equal(rectify.assignee, '某建设公司')
    assert.include(await rest.variables(called.id), { contractor: '某建设公司', title: '整改：临边防护缺失' })
    assert.deepEqual(await rest.tasks(parent), [])

    await rest.complete(rectify.id, { photos: '3 张', refused: false })

    assert.isTrue(await rest.ended(called.id))
    assert.deepEqual(await rest.taskKeys(parent), ['verify'])
    const variables = await rest.variables(parent)
    assert.include(variables, { evidence: '3 张', wasRefused: false })
    assert.notProperty(variables, 'contractor')
  })

  test('an error end event in the called process is caught by the boundary on the call activity', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('call-b-child', rectification('callBChild'))
    await rest.deploy('call-b', inspection('callB', 'callBChild'))
    const parent = await rest.start('callB', { unit: '乙公司', issue: '脚手架' })
    const called = await calledInstance(client, token, parent)

    await rest.completeTask(called.id, 'rectify', { refused: true })

    assert.isTrue(await rest.ended(called.id))
    assert.deepEqual(await rest.taskKeys(parent), ['stopWork'])
  })

  test('cancelling the caller cancels the called instance', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('call-c-child', rectification('callCChild'))
    await rest.deploy('call-c', inspection('callC', 'callCChild'))
    const parent = await rest.start('callC', { unit: '丙公司', issue: '用电' })
    const called = await calledInstance(client, token, parent)

    ;(await client.delete(`/engine-rest/process-instance/${parent}`).bearerToken(token)).assertStatus(204)

    assert.isTrue(await rest.ended(called.id))
    assert.deepEqual(await rest.tasks(called.id), [])
  })

  test('a called element that is not deployed fails the start and leaves nothing behind', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    await rest.deploy('call-d', inspection('callD', 'noSuchProcess'))
    const response = await client.post('/engine-rest/process-definition/key/callD/start').bearerToken(token).json({ variables: { unit: { value: 'x' }, issue: { value: 'y' } } })
    assert.equal(response.status(), 404)
    const instances = await client.get('/engine-rest/process-instance?processDefinitionKey=callD').bearerToken(token)
    assert.deepEqual(instances.body(), [])
  })
})
