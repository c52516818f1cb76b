import { test } from '@japa/runner'
import { compileForm, redact, type FieldPermissions } from '../index.js'

const schema = {
  type: 'object',
  properties: {
    opinion: { type: 'string', required: true, 'x-component': 'Input.TextArea' },
    score: { type: 'number', required: true, 'x-component': 'NumberPicker' },
    secret: { type: 'string', 'x-component': 'Input' },
    items: {
      type: 'array', 'x-component': 'ArrayTable',
      items: { type: 'object', properties: { c: { type: 'void', 'x-component': 'ArrayTable.Column', properties: {
        result: { type: 'string', required: true, 'x-component': 'Input' },
        note: { type: 'string', 'x-component': 'Input' },
      } } } },
    },
  },
}
const permissions: FieldPermissions = { '*': 'readonly', 'opinion': 'editable', 'items.*.note': 'editable', 'secret': 'hidden' }
const previous = { opinion: '', score: 80, secret: 'internal', items: [{ result: '合格' }] }

test.group('field permissions', () => {
  test('a changed readonly field is refused at its path', ({ assert }) => {
    const result = compileForm(schema).validate(
      { opinion: '同意', score: 100, items: [{ result: '不合格', note: 'x' }] },
      { permissions, previous }
    )
    assert.deepEqual(result.errors, [
      { path: 'score', message: '该字段只读，不能修改' },
      { path: 'items.0.result', message: '该字段只读，不能修改' },
    ])
  })

  test('locked fields keep their previous value; hidden submissions are ignored; editable ones are validated', ({ assert }) => {
    const result = compileForm(schema).validate(
      { opinion: '', score: 80, secret: 'overwritten', items: [{ result: '合格', note: '补充' }] },
      { permissions, previous }
    )
    assert.deepEqual(result.errors, [{ path: 'opinion', message: '该字段是必填字段' }])
    assert.deepEqual(result.value, { opinion: '', score: 80, secret: 'internal', items: [{ result: '合格', note: '补充' }] })
  })

  test('redact removes hidden fields for output, including table columns', ({ assert }) => {
    assert.deepEqual(redact(previous, permissions), { opinion: '', score: 80, items: [{ result: '合格' }] })
    assert.deepEqual(redact({ items: [{ result: 'a', note: 'b' }] }, { 'items.*.note': 'hidden' }), { items: [{ result: 'a' }] })
  })
})
