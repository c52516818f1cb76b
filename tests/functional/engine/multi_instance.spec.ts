import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, engineRest, flows, treePaths } from './bpmn.js'

/** 专家论证: every expert of the panel reviews the plan (a multi-instance user task). */
function panel(key: string, loop: string): string {
  return bpmn(
    key,
    `<bpmn:startEvent id="start" />${flows('start', 'review', 'summary', 'end')}
    <bpmn:userTask id="review" name="专家评审" camunda:assignee="\${expert}">${loop}</bpmn:userTask>
    <bpmn:userTask id="summary" camunda:assignee="chief" />
    <bpmn:endEvent id="end" />`
  )
}

test.group('engine multi-instance', () => {
  test('parallel over a collection: one task per element, nrOf* and loopCounter set, the body leaves after all', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    await rest.deploy('mi-a', panel('miA', `<bpmn:multiInstanceLoopCharacteristics camunda:collection="\${experts}" camunda:elementVariable="expert" />`))
    const id = await rest.start('miA', { experts: ['张工', '李工', '王工'] })

    const tasks = await rest.tasks(id)
    assert.deepEqual(tasks.map((t) => t.assignee).sort(), ['张工', '李工', '王工'].sort())
    const tree = await rest.activityTree(id)
    assert.deepEqual(treePaths(tree), ['review#multiInstanceBody', 'review#multiInstanceBody>review', 'review#multiInstanceBody>review', 'review#multiInstanceBody>review'])

    await rest.complete(tasks[0].id)
    await rest.complete(tasks[1].id)
    assert.lengthOf(await rest.tasks(id), 1)
    await rest.complete(tasks[2].id)

    // the body's counters were local: the next task sees none of them, the collection stays
    const [summary] = await rest.tasks(id)
    assert.equal(summary.taskDefinitionKey, 'summary')
    const variables = await rest.variables(id)
    assert.notProperty(variables, 'nrOfInstances')
    assert.notProperty(variables, 'loopCounter')
    assert.deepEqual(JSON.parse(variables.experts as string), ['张工', '李工', '王工'])
  })

  test('the completion condition ends the body early and cancels the instances still open', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const loop = `<bpmn:multiInstanceLoopCharacteristics camunda:collection="experts" camunda:elementVariable="expert">
        <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">\${nrOfCompletedInstances / nrOfInstances >= 0.6}</bpmn:completionCondition>
      </bpmn:multiInstanceLoopCharacteristics>`
    await rest.deploy('mi-b', panel('miB', loop))
    const id = await rest.start('miB', { experts: ['a1', 'a2', 'a3', 'a4', 'a5'] })
    const tasks = await rest.tasks(id)
    for (const task of tasks.slice(0, 2)) await rest.complete(task.id)
    assert.lengthOf(await rest.tasks(id), 3)

    await rest.complete(tasks[2].id)

    assert.deepEqual(await rest.taskKeys(id), ['summary'])
  })

  test('sequential with a cardinality: one instance at a time, loopCounter counting up', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const xml = bpmn(
      'miC',
      `<bpmn:startEvent id="start" />${flows('start', 'visit', 'end')}
      <bpmn:userTask id="visit" camunda:assignee="inspector\${loopCounter}">
        <bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:loopCardinality>\${rounds}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
      </bpmn:userTask>
      <bpmn:endEvent id="end" />`
    )
    await rest.deploy('mi-c', xml)
    const id = await rest.start('miC', { rounds: 3 })
    const seen: (string | null)[] = []
    for (let round = 0; round < 3; round++) {
      const open = await rest.tasks(id)
      assert.lengthOf(open, 1)
      seen.push(open[0].assignee)
      await rest.complete(open[0].id)
    }
    assert.deepEqual(seen, ['inspector0', 'inspector1', 'inspector2'])
    assert.isTrue(await rest.ended(id))
  })

  test('an empty collection skips the activity; a multi-instance sub-process runs its inside per element', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const xml = bpmn(
      'miD',
      `<bpmn:startEvent id="start" />${flows('start', 'perSite', 'last')}
      <bpmn:subProcess id="perSite">
        <bpmn:multiInstanceLoopCharacteristics camunda:collection="\${sites}" camunda:elementVariable="site" />
        <bpmn:startEvent id="s0" />${flows('s0', 'check', 'record', 's9')}
        <bpmn:userTask id="check" camunda:assignee="\${site}" /><bpmn:userTask id="record" camunda:assignee="\${site}" /><bpmn:endEvent id="s9" />
      </bpmn:subProcess>
      <bpmn:userTask id="last" /><bpmn:sequenceFlow id="lastEnd" sourceRef="last" targetRef="end" /><bpmn:endEvent id="end" />`
    )
    await rest.deploy('mi-d', xml)

    const none = await rest.start('miD', { sites: [] })
    assert.deepEqual(await rest.taskKeys(none), ['last'])

    const two = await rest.start('miD', { sites: ['一号楼', '二号楼'] })
    const checks = await rest.tasks(two)
    assert.deepEqual(checks.map((t) => `${t.taskDefinitionKey}@${t.assignee}`).sort(), ['check@一号楼', 'check@二号楼'])
    await rest.complete(checks.find((t) => t.assignee === '一号楼')!.id)
    assert.deepEqual((await rest.tasks(two)).map((t) => `${t.taskDefinitionKey}@${t.assignee}`).sort(), ['check@二号楼', 'record@一号楼'])
    for (const task of await rest.tasks(two)) await rest.complete(task.id)
    await rest.completeTask(two, 'record')
    assert.deepEqual(await rest.taskKeys(two), ['last'])
  })

  test('an interrupting boundary event on a multi-instance activity cancels all its instances', async ({ client, assert }) => {
    const rest = engineRest(client, await tokenFor(client, 'worker'))
    const xml = bpmn(
      'miE',
      `<bpmn:startEvent id="start" />${flows('start', 'review', 'end')}
      <bpmn:userTask id="review" camunda:assignee="\${expert}"><bpmn:multiInstanceLoopCharacteristics camunda:collection="\${experts}" camunda:elementVariable="expert" /></bpmn:userTask>
      <bpmn:boundaryEvent id="withdrawn" attachedToRef="review"><bpmn:messageEventDefinition messageRef="withdraw" /></bpmn:boundaryEvent>
      ${flows('withdrawn', 'closed')}<bpmn:endEvent id="closed" /><bpmn:endEvent id="end" />`,
      `<bpmn:message id="withdraw" name="撤回" />`
    )
    await rest.deploy('mi-e', xml)
    const id = await rest.start('miE', { experts: ['x', 'y'] }, 'MI-E-1')
    assert.lengthOf(await rest.tasks(id), 2)

    const withdrawn = await rest.message({ messageName: '撤回', businessKey: 'MI-E-1' })
    assert.equal(withdrawn.status(), 204, JSON.stringify(withdrawn.body()))

    assert.isTrue(await rest.ended(id))
  })
})
