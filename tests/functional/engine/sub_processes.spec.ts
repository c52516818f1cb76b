import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows, treePaths } from './bpmn.js'

const HOUR = 3_600_000

/** An inspection (检查) as an embedded sub-process with a deadline and a rectification error path. */
function inspection(key: string, inner: string, boundaries = '', after = ''): string {
  return bpmn(
    key,
    `<bpmn:startEvent id="start" />
    ${flows('start', 'inspection')}
    <bpmn:subProcess id="inspection" name="现场检查">
      <bpmn:startEvent id="inStart" />
      ${inner}
    </bpmn:subProcess>
    ${boundaries}
    ${flows('inspection', 'archive')}
    <bpmn:userTask id="archive" name="归档" />
    ${flows('archive', 'end')}
    <bpmn:endEvent id="end" />
    ${after}`,
    `<bpmn:error id="hazard" errorCode="MAJOR_HAZARD" errorMessage="重大隐患" />
    <bpmn:escalation id="notify" escalationCode="NOTIFY_CHIEF" />`
  )
}

test.group('engine embedded sub-processes', () => {
  test('a token runs through the sub-process and continues after it; the tree nests the inner task', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    await rest.deploy('sub-a', inspection('subA', `${flows('inStart', 'check', 'inEnd')}<bpmn:userTask id="check" /><bpmn:endEvent id="inEnd" />`))
    const id = await rest.start('subA')

    assert.deepEqual(treePaths(await rest.activityTree(id)), ['inspection', 'inspection>check'])
    await rest.completeTask(id, 'check')
    assert.deepEqual(await rest.taskKeys(id), ['archive'])
    assert.deepEqual(treePaths(await rest.activityTree(id)), ['archive'])
    await rest.completeTask(id, 'archive')
    assert.isTrue(await rest.ended(id))
  })

  test('a parallel fork inside the sub-process joins inside it; the sub-process completes once', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const inner = `${flows('inStart', 'fork')}<bpmn:parallelGateway id="fork" />
      ${flows('fork', 'a', 'join')}${flows('fork', 'b', 'join')}
      <bpmn:userTask id="a" /><bpmn:userTask id="b" /><bpmn:parallelGateway id="join" />${flows('join', 'inEnd')}<bpmn:endEvent id="inEnd" />`
    await rest.deploy('sub-b', inspection('subB', inner))
    const id = await rest.start('subB')
    assert.deepEqual(await rest.taskKeys(id), ['a', 'b'])
    await rest.completeTask(id, 'a')
    assert.deepEqual(await rest.taskKeys(id), ['b'])
    await rest.completeTask(id, 'b')
    assert.deepEqual(await rest.taskKeys(id), ['archive'])
  })

  test('an interrupting timer on the sub-process cancels everything inside it', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const inner = `${flows('inStart', 'fork')}<bpmn:parallelGateway id="fork" />${flows('fork', 'a', 'inEnd')}${flows('fork', 'b', 'inEnd2')}
      <bpmn:userTask id="a" /><bpmn:userTask id="b" /><bpmn:endEvent id="inEnd" /><bpmn:endEvent id="inEnd2" />`
    const boundary = `<bpmn:boundaryEvent id="overdue" attachedToRef="inspection"><bpmn:timerEventDefinition><bpmn:timeDuration>PT48H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      ${flows('overdue', 'escalate')}<bpmn:userTask id="escalate" />${flows('escalate', 'late')}<bpmn:endEvent id="late" />`
    await rest.deploy('sub-c', inspection('subC', inner, boundary))
    const id = await rest.start('subC')
    await rest.completeTask(id, 'a')

    await rest.advance(48 * HOUR + 1000)

    assert.deepEqual(await rest.taskKeys(id), ['escalate'])
    const left = await db.from('engine_executions').where('process_instance_id', id)
    assert.lengthOf(left, 1, 'only the token at escalate is left')
  })

  test('an error end event inside is caught by the error boundary on the sub-process, with its code and message', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const inner = `${flows('inStart', 'check', 'found')}<bpmn:userTask id="check" />
      <bpmn:exclusiveGateway id="found" default="found_ok" />
      <bpmn:sequenceFlow id="found_ok" sourceRef="found" targetRef="inEnd" />
      <bpmn:sequenceFlow id="found_bad" sourceRef="found" targetRef="raise"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${level == '重大'}</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:endEvent id="inEnd" /><bpmn:endEvent id="raise"><bpmn:errorEventDefinition errorRef="hazard" /></bpmn:endEvent>`
    const boundary = `<bpmn:boundaryEvent id="onHazard" attachedToRef="inspection"><bpmn:errorEventDefinition errorRef="hazard" camunda:errorCodeVariable="code" camunda:errorMessageVariable="why" /></bpmn:boundaryEvent>
      ${flows('onHazard', 'stopWork')}<bpmn:userTask id="stopWork" name="停工整改" />${flows('stopWork', 'stopped')}<bpmn:endEvent id="stopped" />`
    await rest.deploy('sub-d', inspection('subD', inner, boundary))

    const bad = await rest.start('subD')
    await rest.completeTask(bad, 'check', { level: '重大' })
    assert.deepEqual(await rest.taskKeys(bad), ['stopWork'])
    assert.include(await rest.variables(bad), { code: 'MAJOR_HAZARD', why: '重大隐患' })

    const fine = await rest.start('subD')
    await rest.completeTask(fine, 'check', { level: '一般' })
    assert.deepEqual(await rest.taskKeys(fine), ['archive'])
  })

  test('an escalation thrown inside is caught without interrupting: both paths go on', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const inner = `${flows('inStart', 'tell', 'check', 'inEnd')}<bpmn:intermediateThrowEvent id="tell"><bpmn:escalationEventDefinition escalationRef="notify" /></bpmn:intermediateThrowEvent>
      <bpmn:userTask id="check" /><bpmn:endEvent id="inEnd" />`
    const boundary = `<bpmn:boundaryEvent id="onNotify" attachedToRef="inspection" cancelActivity="false"><bpmn:escalationEventDefinition escalationRef="notify" camunda:escalationCodeVariable="escalated" /></bpmn:boundaryEvent>
      ${flows('onNotify', 'chief')}<bpmn:userTask id="chief" />${flows('chief', 'chiefDone')}<bpmn:endEvent id="chiefDone" />`
    await rest.deploy('sub-e', inspection('subE', inner, boundary))
    const id = await rest.start('subE')
    assert.deepEqual(await rest.taskKeys(id), ['check', 'chief'])
    assert.include(await rest.variables(id), { escalated: 'NOTIFY_CHIEF' })
  })

  test('a terminate end event inside ends only the sub-process', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const inner = `${flows('inStart', 'fork')}<bpmn:parallelGateway id="fork" />${flows('fork', 'a', 'stop')}${flows('fork', 'b', 'inEnd')}
      <bpmn:userTask id="a" /><bpmn:userTask id="b" /><bpmn:endEvent id="inEnd" /><bpmn:endEvent id="stop"><bpmn:terminateEventDefinition /></bpmn:endEvent>`
    await rest.deploy('sub-f', inspection('subF', inner))
    const id = await rest.start('subF')
    await rest.completeTask(id, 'a')
    assert.deepEqual(await rest.taskKeys(id), ['archive'])
    assert.isFalse(await rest.ended(id))
  })
})

test.group('engine event sub-processes', () => {
  const withEventSubProcess = (key: string, start: string) =>
    bpmn(
      key,
      `<bpmn:startEvent id="start" />${flows('start', 'rectify', 'end')}<bpmn:userTask id="rectify" name="整改" /><bpmn:endEvent id="end" />
      <bpmn:subProcess id="handler" triggeredByEvent="true">
        ${start}
        ${flows('trigger', 'handle', 'handled')}<bpmn:userTask id="handle" /><bpmn:endEvent id="handled" />
      </bpmn:subProcess>`,
      `<bpmn:message id="complaint" name="投诉" />`
    )

  test('a non-interrupting message event sub-process runs beside the main path', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    await rest.deploy('esp-a', withEventSubProcess('espA', `<bpmn:startEvent id="trigger" isInterrupting="false"><bpmn:messageEventDefinition messageRef="complaint" /></bpmn:startEvent>`))
    const id = await rest.start('espA', {}, 'ESP-A-1')

    ;(await rest.message({ messageName: '投诉', businessKey: 'ESP-A-1' })).assertStatus(204)
    ;(await rest.message({ messageName: '投诉', businessKey: 'ESP-A-1' })).assertStatus(204)

    assert.deepEqual(await rest.taskKeys(id), ['handle', 'handle', 'rectify'])
    for (const task of (await rest.tasks(id)).filter((t) => t.taskDefinitionKey === 'handle')) await rest.complete(task.id)
    await rest.completeTask(id, 'rectify')
    assert.isTrue(await rest.ended(id))
  })

  test('an interrupting timer event sub-process cancels the main path', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    await rest.deploy('esp-b', withEventSubProcess('espB', `<bpmn:startEvent id="trigger"><bpmn:timerEventDefinition><bpmn:timeDuration>PT72H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>`))
    const id = await rest.start('espB')

    await rest.advance(72 * HOUR + 1000)

    assert.deepEqual(await rest.taskKeys(id), ['handle'])
    await rest.completeTask(id, 'handle')
    assert.isTrue(await rest.ended(id))
  })

  test('an error event sub-process catches an error a worker throws', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const xml = bpmn(
      'espC',
      `<bpmn:startEvent id="start" />${flows('start', 'verify', 'end')}<bpmn:serviceTask id="verify" camunda:type="external" camunda:topic="esp.verify" /><bpmn:endEvent id="end" />
      <bpmn:subProcess id="handler" triggeredByEvent="true">
        <bpmn:startEvent id="trigger"><bpmn:errorEventDefinition errorRef="bad" camunda:errorCodeVariable="code" /></bpmn:startEvent>
        ${flows('trigger', 'handle', 'handled')}<bpmn:userTask id="handle" /><bpmn:endEvent id="handled" />
      </bpmn:subProcess>`,
      `<bpmn:error id="bad" errorCode="CERT_INVALID" />`
    )
    await rest.deploy('esp-c', xml)
    const id = await rest.start('espC')
    const [task] = (await rest.lock('esp.verify')).filter((t) => t.processInstanceId === id)

    await rest.bpmnError(task.id, 'CERT_INVALID')

    assert.deepEqual(await rest.taskKeys(id), ['handle'])
    assert.include(await rest.variables(id), { code: 'CERT_INVALID' })
    assert.deepEqual(await rest.lock('esp.verify'), [])
  })
})
