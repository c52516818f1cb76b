import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { eventually } from '#tests/helpers/eventually'
import { bpmn, engineRest, flows, treePaths } from './bpmn.js'

test.group('engine camunda:inputOutput', () => {
  test('inputs are local to the activity (text, expression, list, map); outputs map results out; locals never leak', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const xml = bpmn(
      'ioA',
      `<bpmn:startEvent id="start" />${flows('start', 'render', 'review', 'end')}
      <bpmn:serviceTask id="render" camunda:type="external" camunda:topic="io.render">
        <bpmn:extensionElements><camunda:inputOutput>
          <camunda:inputParameter name="template">整改通知书</camunda:inputParameter>
          <camunda:inputParameter name="recipient">\${unit}</camunda:inputParameter>
          <camunda:inputParameter name="copies"><camunda:list><camunda:value>建设单位</camunda:value><camunda:value>\${unit}</camunda:value></camunda:list></camunda:inputParameter>
          <camunda:inputParameter name="seal"><camunda:map><camunda:entry key="org">\${station}</camunda:entry><camunda:entry key="page">1</camunda:entry></camunda:map></camunda:inputParameter>
          <camunda:outputParameter name="documentNo">\${number}</camunda:outputParameter>
        </camunda:inputOutput></bpmn:extensionElements>
      </bpmn:serviceTask>
      <bpmn:userTask id="review" camunda:assignee="\${reviewer}">
        <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="reviewer">chief-\${station}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
      </bpmn:userTask>
      <bpmn:endEvent id="end" />`
    )
    await rest.deploy('io-a', xml)
    const id = await rest.start('ioA', { unit: '甲施工公司', station: '沈阳站' })

    const [task] = (await rest.lock('io.render')).filter((t) => t.processInstanceId === id)
    assert.equal(task.variables.template.value, '整改通知书')
    assert.equal(task.variables.recipient.value, '甲施工公司')
    assert.deepEqual(JSON.parse(task.variables.copies.value as string), ['建设单位', '甲施工公司'])
    assert.deepEqual(JSON.parse(task.variables.seal.value as string), { org: '沈阳站', page: '1' })

    await rest.completeExternal(task.id, { localVariables: { number: { value: '辽建质监〔2026〕7号' } } })

    const [review] = await rest.tasks(id)
    assert.equal(review.assignee, 'chief-沈阳站')
    const variables = await rest.variables(id)
    assert.equal(variables.documentNo, '辽建质监〔2026〕7号')
    for (const local of ['template', 'recipient', 'copies', 'seal', 'number', 'reviewer']) assert.notProperty(variables, local)
  })
})

test.group('engine async continuations', () => {
  test('asyncBefore: the start commits at once and the job executor creates the task after it', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const xml = bpmn('asyncA', `<bpmn:startEvent id="start" />${flows('start', 'review', 'end')}<bpmn:userTask id="review" camunda:asyncBefore="true" /><bpmn:endEvent id="end" />`)
    await rest.deploy('async-a', xml)
    const id = await rest.start('asyncA')

    const tasks = await eventually('the task after the async continuation', async () => {
      const keys = await rest.taskKeys(id)
      return keys.length > 0 && keys
    })
    assert.deepEqual(tasks, ['review'])
  })

  test('asyncBefore: a failing activity does not fail the start; the job retries with backoff, then raises an incident', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const rest = engineRest(client, token)
    const xml = bpmn('asyncB', `<bpmn:startEvent id="start" />${flows('start', 'review', 'end')}<bpmn:userTask id="review" camunda:asyncBefore="true" camunda:assignee="\${missing}" /><bpmn:endEvent id="end" />`)
    await rest.deploy('async-b', xml)
    const id = await rest.start('asyncB')

    await rest.advance(0)
    await rest.advance(11_000)
    await rest.advance(21_000)

    const incidents = await eventually('the failedJob incident', async () => {
      const list = (await client.get(`/engine-rest/incident?processInstanceId=${id}`).bearerToken(token)).body()
      return list.length > 0 && list
    })
    assert.lengthOf(incidents, 1)
    assert.equal(incidents[0].incidentType, 'failedJob')
    assert.equal(incidents[0].activityId, 'review')
    assert.deepEqual(await rest.tasks(id), [])
    assert.isFalse(await rest.ended(id))
    // the execution rests before the task, as a transition instance
    assert.deepEqual(treePaths(await rest.activityTree(id)), ['review(async)'])
  })

  test('asyncAfter: completing the worker’s task commits, and the next step follows in the job', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const xml = bpmn('asyncC', `<bpmn:startEvent id="start" />${flows('start', 'check', 'review', 'end')}<bpmn:serviceTask id="check" camunda:type="external" camunda:topic="async.check" camunda:asyncAfter="true" /><bpmn:userTask id="review" /><bpmn:endEvent id="end" />`)
    await rest.deploy('async-c', xml)
    const id = await rest.start('asyncC')
    const [task] = (await rest.lock('async.check')).filter((t) => t.processInstanceId === id)

    await rest.completeExternal(task.id, { variables: { passed: { value: true } } })

    const keys = await eventually('the task after the async continuation', async () => {
      const open = await rest.taskKeys(id)
      return open.length > 0 && open
    })
    assert.deepEqual(keys, ['review'])
    assert.include(await rest.variables(id), { passed: true })
  })
})
