import { test } from '@japa/runner'
import {
  compileExpression,
  evaluateCondition,
  evaluateExpression,
  isExpression,
  ExpressionError,
  ExpressionEvaluationError,
  ExpressionSyntaxError,
  UnknownPropertyError,
} from './index.js'
import type { ExpressionContext } from './index.js'

/** A context over a plain variable map, the shape the runtime will hand in. */
function vars(variables: Record<string, unknown>, businessKey?: string | null): ExpressionContext {
  return {
    hasVariable: (name) => Object.hasOwn(variables, name),
    getVariable: (name) => variables[name],
    businessKey,
  }
}

const none = vars({})

test.group('expressions | operators', () => {
  test('comparisons agree in symbol and word spelling', ({ assert }) => {
    const context = vars({ amount: 1500, limit: '1000' })
    const cases: Array<[string, boolean]> = [
      ['${amount > 1000}', true],
      ['${amount gt 1000}', true],
      ['${amount < 1000}', false],
      ['${amount lt 1000}', false],
      ['${amount >= 1500}', true],
      ['${amount ge 1501}', false],
      ['${amount <= 1500}', true],
      ['${amount le 1499}', false],
      ['${amount == 1500}', true],
      ['${amount eq 1500.0}', true],
      ['${amount != 1500}', false],
      ['${amount ne 1}', true],
      ['${amount > limit}', true],
      ["${'abc' < 'abd'}", true],
      ["${'b' gt 'abc'}", true],
    ]
    for (const [source, expected] of cases) assert.strictEqual(evaluateExpression(source, context), expected, source)
  })

  test('== coerces like EL: numeric strings, null, booleans', ({ assert }) => {
    const context = vars({ count: 3, text: '3', flag: 'TRUE', nothing: null })
    assert.isTrue(evaluateExpression('${count == text}', context))
    assert.isTrue(evaluateExpression('${nothing == null}', context))
    assert.isFalse(evaluateExpression("${nothing == ''}", context))
    assert.isTrue(evaluateExpression('${flag == true}', context))
    assert.isFalse(evaluateExpression('${nothing > 1}', context))
    assert.throws(() => evaluateExpression("${count == 'three'}", context), ExpressionEvaluationError, /coerce 'three'/)
  })

  test('and, or, not and empty with EL boolean coercion', ({ assert }) => {
    const context = vars({ yes: true, text: 'true', nothing: null, list: [], map: {}, word: 'x' })
    assert.isTrue(evaluateExpression('${yes and text}', context))
    assert.isFalse(evaluateExpression('${yes && nothing}', context))
    assert.isTrue(evaluateExpression('${nothing or yes}', context))
    assert.isTrue(evaluateExpression('${not nothing}', context))
    assert.isFalse(evaluateExpression('${!yes}', context))
    assert.isTrue(evaluateExpression('${empty nothing and empty list and empty map}', context))
    assert.isFalse(evaluateExpression('${empty word}', context))
    assert.isTrue(evaluateExpression("${empty ''}", context))
    assert.isTrue(evaluateExpression('${not empty word && yes}', context))
  })

  test('and/or short-circuit, so the unread side may name a missing variable', ({ assert }) => {
    assert.isFalse(evaluateExpression('${false and missing}', none))
    assert.isTrue(evaluateExpression('${true or missing}', none))
    assert.throws(() => evaluateExpression('${true and missing}', none), UnknownPropertyError)
  })

  test('arithmetic: floating division, div, mod and precedence', ({ assert }) => {
    const context = vars({ a: 7, b: '2' })
    assert.strictEqual(evaluateExpression('${a / b}', context), 3.5)
    assert.strictEqual(evaluateExpression('${a div 2}', context), 3.5)
    assert.strictEqual(evaluateExpression('${a % 4}', context), 3)
    assert.strictEqual(evaluateExpression('${a mod b}', context), 1)
    assert.strictEqual(evaluateExpression('${1 + 2 * 3 - -1}', context), 8)
    assert.strictEqual(evaluateExpression('${(1 + 2) * 3}', context), 9)
    assert.isTrue(evaluateExpression('${a - 1 > 5 and a mod 2 == 1 or false}', context))
    assert.strictEqual(evaluateExpression("${a > 5 ? 'big' : 'small'}", context), 'big')
  })

  test('+ is numeric only: strings that are not numbers are an error', ({ assert }) => {
    assert.strictEqual(evaluateExpression("${'1' + 2}", none), 3)
    assert.throws(() => evaluateExpression("${'a' + 'b'}", none), ExpressionEvaluationError, /cannot coerce 'a' to a number/)
    assert.throws(() => evaluateExpression('${5 mod 0}', none), ExpressionEvaluationError, /division by zero/)
  })

  test('string literals take either quote', ({ assert }) => {
    const context = vars({ status: "it's ok" })
    assert.strictEqual(evaluateExpression("${'single'}", none), 'single')
    assert.strictEqual(evaluateExpression('${"double"}', none), 'double')
    assert.isTrue(evaluateExpression('${status == "it\'s ok"}', context))
    assert.strictEqual(evaluateExpression("${'a}b'}", none), 'a}b')
  })
})

test.group('expressions | variables and members', () => {
  test('nested property access on JSON variables', ({ assert }) => {
    const context = vars({ order: { items: [{ qty: 3 }, { qty: 1 }], customer: { name: '张三' } } })
    assert.isTrue(evaluateExpression('${order.items[0].qty > 2}', context))
    assert.isFalse(evaluateExpression("${order['items'][1]['qty'] > 2}", context))
    assert.strictEqual(evaluateExpression('${order.customer.name}', context), '张三')
    assert.isNull(evaluateExpression('${order.missing}', context))
    assert.isNull(evaluateExpression('${order.missing.deeper}', context))
    assert.isNull(evaluateExpression('${order.items[5]}', context))
    assert.deepEqual(evaluateExpression('${order.items[1]}', context), { qty: 1 })
  })

  test('execution exposes the business key and variables, nothing else', ({ assert }) => {
    const context = vars({ amount: 5 }, 'PRJ-2026-001')
    assert.strictEqual(evaluateExpression('${execution.processBusinessKey}', context), 'PRJ-2026-001')
    assert.strictEqual(evaluateExpression('${execution.businessKey}', context), 'PRJ-2026-001')
    assert.strictEqual(evaluateExpression("${execution.getVariable('amount') + 1}", context), 6)
    assert.isNull(evaluateExpression("${execution.getVariable('nope')}", context))
    assert.isFalse(evaluateExpression("${execution.hasVariable('nope')}", context))
    assert.isNull(evaluateExpression('${execution.processBusinessKey}', vars({})))
    assert.throws(() => evaluateExpression("${execution.setVariable('x', 1)}", context), ExpressionEvaluationError)
    assert.throws(() => evaluateExpression('${execution.id}', context), ExpressionEvaluationError)
    assert.throws(() => evaluateExpression('${execution}', context), ExpressionEvaluationError)
  })

  test('size() and contains() on lists and strings', ({ assert }) => {
    const context = vars({ users: ['zhang', 'li'], ids: [1, 2], text: 'hello world', map: { a: 1, b: 2 } })
    assert.strictEqual(evaluateExpression('${users.size()}', context), 2)
    assert.strictEqual(evaluateExpression('${text.size()}', context), 11)
    assert.strictEqual(evaluateExpression('${map.size()}', context), 2)
    assert.isTrue(evaluateExpression("${users.contains('li')}", context))
    assert.isFalse(evaluateExpression("${users.contains('wang')}", context))
    assert.isTrue(evaluateExpression("${ids.contains('2')}", context))
    assert.isFalse(evaluateExpression("${ids.contains('x')}", context))
    assert.isTrue(evaluateExpression("${text.contains('o w')}", context))
    assert.isFalse(evaluateExpression("${text.contains('xyz')}", context))
    assert.isTrue(evaluateExpression("${text.length() == 11 and !users.isEmpty() and ids[0].toString() == '1'}", context))
    assert.isTrue(evaluateExpression("${users[0].equals('zhang')}", context))
  })

  test('methods outside the allow-list are refused', ({ assert }) => {
    const context = vars({ text: 'abc', list: [3, 1] })
    assert.throws(() => evaluateExpression('${text.toUpperCase()}', context), ExpressionEvaluationError, /not allowed/)
    assert.throws(() => evaluateExpression('${list.sort()}', context), ExpressionEvaluationError, /not allowed/)
    assert.throws(() => evaluateExpression('${list.length()}', context), ExpressionEvaluationError, /length\(\)/)
    assert.throws(() => evaluateExpression('${text.length}', context), ExpressionEvaluationError)
    assert.deepEqual((context.getVariable('list') as number[]), [3, 1])
  })

  test('an unknown variable names itself the way Camunda does', ({ assert }) => {
    assert.throws(
      () => evaluateExpression('${amount > 1}', none),
      UnknownPropertyError,
      "Unknown property used in expression: ${amount > 1}. Cause: Cannot resolve identifier 'amount'"
    )
    try {
      evaluateExpression('${order.total > 1}', none)
      assert.fail('expected an UnknownPropertyError')
    } catch (caught) {
      assert.instanceOf(caught, UnknownPropertyError)
      assert.equal((caught as UnknownPropertyError).identifier, 'order')
      assert.equal((caught as UnknownPropertyError).code, 'E_UNKNOWN_PROPERTY')
    }
  })

  test('prototype escapes are refused and never run', ({ assert }) => {
    const context = vars({ a: { x: 1 }, list: [1] })
    const sandbox = globalThis as Record<string, unknown>
    delete sandbox.__zhianPwned
    const attempts = [
      '${a.constructor}',
      "${a['__proto__']}",
      '${a.__proto__.polluted}',
      "${''.constructor.constructor('globalThis.__zhianPwned = 1')()}",
      "${list['constructor']['constructor']('globalThis.__zhianPwned = 1').call()}",
      '${a.prototype}',
    ]
    for (const source of attempts) {
      // refused at compile time (a call on a call) or at the first forbidden member
      assert.throws(() => evaluateExpression(source, context), ExpressionError, /not accessible|functions are not supported/, source)
    }
    assert.isUndefined(sandbox.__zhianPwned)
    assert.isUndefined(({} as Record<string, unknown>).polluted)
  })
})

test.group('expressions | text and compilation', () => {
  test('composite text concatenates literal runs and values', ({ assert }) => {
    const context = vars({ name: '李四', count: 2, nothing: null })
    assert.strictEqual(evaluateExpression('Hello ${name}', context), 'Hello 李四')
    assert.strictEqual(evaluateExpression('${name}: ${count + 1} items${nothing}', context), '李四: 3 items')
    assert.strictEqual(evaluateExpression('#{count}', context), 2)
    assert.strictEqual(evaluateExpression('plain text', context), 'plain text')
    assert.strictEqual(evaluateExpression('cost \\${x}', context), 'cost ${x}')
    assert.isTrue(evaluateCondition("${'true'}", context))
    assert.isFalse(evaluateCondition('${nothing}', context))
    assert.throws(() => evaluateCondition('${count}', context), ExpressionEvaluationError, /boolean/)
  })

  test('isExpression spots ${ and #{', ({ assert }) => {
    assert.isTrue(isExpression('${a}'))
    assert.isTrue(isExpression('x #{a}'))
    assert.isFalse(isExpression('days>=2'))
  })

  test('syntax errors name the source and are raised at compile time', ({ assert }) => {
    const broken = ['${amount >}', '${a b}', '${}', '${a === b}', '${foo(1)}', '${[1, 2]}', '${a ?. b}', 'x ${a', '${a} #{b}']
    for (const source of broken) {
      try {
        compileExpression(source)
        assert.fail(`expected a syntax error for ${source}`)
      } catch (error) {
        assert.instanceOf(error, ExpressionSyntaxError, source)
        assert.include((error as ExpressionSyntaxError).message, source)
        assert.equal((error as ExpressionSyntaxError).code, 'E_EXPRESSION_SYNTAX')
      }
    }
  })

  test('the cache returns the same frozen compiled object for the same source', ({ assert }) => {
    const first = compileExpression('${cached + 1}')
    const second = compileExpression('${cached + 1}')
    assert.strictEqual(first, second)
    assert.notStrictEqual(compileExpression('${cached + 2}'), first)
    assert.isTrue(Object.isFrozen(first) && Object.isFrozen(first.parts))
    assert.strictEqual(evaluateExpression(first, vars({ cached: 1 })), 2)
  })

  test('the JUEL grammar does not leak into other jsep users', async ({ assert }) => {
    const { default: jsep } = await import('jsep')
    compileExpression('${a eq b and not c}')
    const node = jsep('a and b') as { type: string }
    assert.equal(node.type, 'Compound')
    assert.equal((jsep('a ?? b') as { operator?: string }).operator, '??')
  })
})
