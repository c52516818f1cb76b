import { test } from '@japa/runner'
import { evaluateExpression, ExpressionEvaluationError, UnknownPropertyError } from './index.js'
import type { ExpressionContext } from './index.js'

/** A context whose workCalendar records what it was asked and answers day n as n days after 2026-01-01. */
function withCalendar(variables: Record<string, unknown> = {}) {
  const asked: number[] = []
  const context: ExpressionContext = {
    hasVariable: (name) => Object.hasOwn(variables, name),
    getVariable: (name) => variables[name],
    workCalendar: {
      dueIn: (days) => {
        asked.push(days)
        return new Date(Date.UTC(2026, 0, 1 + days))
      },
    },
  }
  return { context, asked }
}

test.group('expressions | workCalendar', () => {
  test('workCalendar.dueIn(n) returns the Date the host calendar gives, with n coerced like an EL int', ({ assert }) => {
    const { context, asked } = withCalendar({ days: '5' })
    const due = evaluateExpression('${workCalendar.dueIn(3)}', context)
    assert.instanceOf(due, Date)
    assert.equal((due as Date).toISOString(), '2026-01-04T00:00:00.000Z')
    evaluateExpression('${workCalendar.dueIn(days)}', context)
    evaluateExpression('${workCalendar.dueIn(days + 1)}', context)
    assert.deepEqual(asked, [3, 5, 6])
  })

  test('a variable named workCalendar shadows it, as Camunda asks variables before beans', ({ assert }) => {
    const { context, asked } = withCalendar({ workCalendar: { dueIn: 'not a bean' } })
    assert.equal(evaluateExpression('${workCalendar.dueIn}', context), 'not a bean')
    assert.throws(() => evaluateExpression('${workCalendar.dueIn(3)}', context), ExpressionEvaluationError)
    assert.deepEqual(asked, [])
  })

  test('without a host calendar the identifier is unknown, as a missing bean is on Camunda', ({ assert }) => {
    const context: ExpressionContext = { hasVariable: () => false, getVariable: () => null }
    assert.throws(() => evaluateExpression('${workCalendar.dueIn(3)}', context), UnknownPropertyError)
  })

  test('n must be a whole number of days from 1 to 365; nothing else on the handle is reachable', ({ assert }) => {
    const { context, asked } = withCalendar({ half: 2.5, word: '三' })
    for (const source of ['${workCalendar.dueIn(0)}', '${workCalendar.dueIn(366)}', '${workCalendar.dueIn(half)}', '${workCalendar.dueIn(word)}', '${workCalendar.dueIn(null)}']) {
      assert.throws(() => evaluateExpression(source, context), /工作日天数必须是 1 到 365 之间的整数/, source)
    }
    assert.throws(() => evaluateExpression('${workCalendar.dueIn()}', context), /只接受一个参数/)
    assert.throws(() => evaluateExpression('${workCalendar.isWorkingDay(1)}', context), /只有 dueIn\(n\) 方法/)
    assert.throws(() => evaluateExpression('${workCalendar.calendar}', context), /没有属性/)
    assert.throws(() => evaluateExpression('${workCalendar}', context), /only be used through dueIn/)
    assert.deepEqual(asked, [])
  })

  test('a refusal from the host calendar fails the expression with its reason', ({ assert }) => {
    const context: ExpressionContext = {
      hasVariable: () => false,
      getVariable: () => null,
      workCalendar: {
        dueIn: () => {
          throw new RangeError('工作日历在 1098 天内不足 3 个工作日')
        },
      },
    }
    const error = assert.throws(() => evaluateExpression('${workCalendar.dueIn(3)}', context)) as unknown as ExpressionEvaluationError
    assert.instanceOf(error, ExpressionEvaluationError)
    assert.equal(error.detail, '工作日历在 1098 天内不足 3 个工作日')
  })
})
