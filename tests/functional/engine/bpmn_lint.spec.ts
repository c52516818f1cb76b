import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { deployBpmn, reviewProcess } from './fixtures.js'

test.group('engine REST: bpmnlint at deploy', () => {
  test('a forking gateway without default or conditions and a disconnected task are refused together, each named', async ({ client, assert }) => {
    // given: "decide" lost its default flow and its one condition; "lonely" is connected to nothing
    const token = await tokenFor(client, 'worker')
    const xml = reviewProcess('lintBad', 'lint.bad')
      .replace(' default="toRejected"', '')
      .replace(/<bpmn:conditionExpression[^<]*<\/bpmn:conditionExpression>/, '')
      .replace('<bpmn:endEvent id="rejected" />', '<bpmn:endEvent id="rejected" /><bpmn:userTask id="lonely" name="孤立任务" />')

    // when
    const response = await deployBpmn(client, token, 'lint-bad', xml)

    // then
    response.assertStatus(400)
    assert.equal(response.body().type, 'ParseException')
    const message: string = response.body().message
    assert.include(message, '模型检查未通过')
    assert.include(message, 'decide：排他网关有多条离开的顺序流，须有默认流或每条都有条件（zhian/exclusive-gateway-default）')
    assert.include(message, 'lonely：元素没有连接任何顺序流（no-disconnected）')
    assert.equal((await client.get('/engine-rest/process-definition/count').qs({ key: 'lintBad' }).bearerToken(token)).body().count, 0)
  })

  test('a condition that is not ${…} is refused by our rule, naming the flow', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const xml = reviewProcess('lintJuel', 'lint.juel').replace('${score ge 60 and not empty reviewer}', 'score &gt;= 60')
    const response = await deployBpmn(client, token, 'lint-juel', xml)
    response.assertStatus(400)
    assert.include(response.body().message, 'toReview：条件「score >= 60」：条件必须是一个表达式')
    assert.include(response.body().message, 'zhian/juel-condition')
  })

  test('a ${…} condition that does not parse is refused at deploy, naming the flow and the cause', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const xml = reviewProcess('lintSyntax', 'lint.syntax').replace('${score ge 60 and not empty reviewer}', '${score ge}')
    const response = await deployBpmn(client, token, 'lint-syntax', xml)
    response.assertStatus(400)
    assert.include(response.body().message, 'toReview：条件「${score ge}」：表达式语法错误')
    assert.equal((await client.get('/engine-rest/process-definition/count').qs({ key: 'lintSyntax' }).bearerToken(token)).body().count, 0)
  })

  test('a flow without condition next to a default flow breaks conditional-flows', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const xml = reviewProcess('lintCond', 'lint.cond').replace(/<bpmn:conditionExpression[^<]*<\/bpmn:conditionExpression>/, '')
    const response = await deployBpmn(client, token, 'lint-cond', xml)
    response.assertStatus(400)
    assert.include(response.body().message, 'toReview：条件分支上的顺序流既不是默认流也没有条件（conditional-flows）')
  })

  test('warnings do not refuse; a non-executable pool is not linted', async ({ client, assert }) => {
    // given: two flows enter "review" (fake-join, a warning), and a documentation pool has no start or end event
    const token = await tokenFor(client, 'worker')
    const xml = reviewProcess('lintWarn', 'lint.warn')
      .replace('<bpmn:sequenceFlow id="toRejected" sourceRef="decide" targetRef="rejected" />', '<bpmn:sequenceFlow id="toRejected" sourceRef="decide" targetRef="review" />')
      .replace('<bpmn:endEvent id="rejected" />', '')
      .replace('</bpmn:definitions>', '<bpmn:process id="enterpriseSide" isExecutable="false"><bpmn:task id="prepare" /></bpmn:process></bpmn:definitions>')

    // when
    const response = await deployBpmn(client, token, 'lint-warn', xml)

    // then
    response.assertStatus(200)
    assert.deepEqual(Object.values<{ key: string }>(response.body().deployedProcessDefinitions).map((d) => d.key), ['lintWarn'])
  })
})
