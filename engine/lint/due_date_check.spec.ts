import { test } from '@japa/runner'
import { checkDueDate } from './due_date_check.js'
import { lintBpmn } from './index.js'

/** One user task carrying the given due date attribute. */
const model = (due: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://zhian.test">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:userTask id="notify" name="出具监督通知书" camunda:dueDate="${due}" />
    <bpmn:endEvent id="end" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="notify" />
    <bpmn:sequenceFlow id="f2" sourceRef="notify" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>`

test.group('lint | due date expressions', () => {
  test('workCalendar.dueIn with a whole literal, a variable or a sum passes; literals and other expressions are left to the parser', ({ assert }) => {
    for (const text of ['${workCalendar.dueIn(3)}', '${workCalendar.dueIn(365)}', '${workCalendar.dueIn(days)}', '${workCalendar.dueIn(days + 2)}', '${due}', 'P3D', '2030-01-01T00:00:00']) {
      assert.isNull(checkDueDate(text), text)
    }
  })

  test('a literal that is not a whole number of days from 1 to 365 is refused, in Chinese', ({ assert }) => {
    for (const [text, seen] of [
      ['${workCalendar.dueIn(2.5)}', '2.5'],
      ['${workCalendar.dueIn(3.0)}', '3.0'],
      ["${workCalendar.dueIn('3')}", "'3'"],
      ['${workCalendar.dueIn(0)}', '0'],
      ['${workCalendar.dueIn(-1)}', '-1'],
      ['${workCalendar.dueIn(400)}', '400'],
    ]) {
      assert.equal(checkDueDate(text), `workCalendar.dueIn() 的工作日天数必须是 1 到 365 之间的整数（见到的是 ${seen}）`, text)
    }
    assert.match(checkDueDate('${workCalendar.dueIn(1, 2)}')!, /只接受一个参数/)
    assert.match(checkDueDate('${workCalendar.due(3)}')!, /只有 dueIn\(n\) 方法/)
    assert.match(checkDueDate('${workCalendar.dueIn(3}')!, /^表达式语法错误：/)
  })

  test('the deploy lint names the user task and the attribute', async ({ assert }) => {
    const refused = await lintBpmn(model('${workCalendar.dueIn(2.5)}'))
    assert.deepEqual(refused.errors, [
      {
        rule: 'zhian/due-date-expression',
        elementId: 'notify',
        message: 'camunda:dueDate「${workCalendar.dueIn(2.5)}」：workCalendar.dueIn() 的工作日天数必须是 1 到 365 之间的整数（见到的是 2.5）',
      },
    ])
    assert.deepEqual((await lintBpmn(model('${workCalendar.dueIn(3)}'))).errors, [])
  })
})
