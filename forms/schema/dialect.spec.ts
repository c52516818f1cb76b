import { test } from '@japa/runner'
import { compileForm, FormSchemaError } from '../index.js'

const form = (properties: object) => ({ type: 'object', properties })
const field = (extra: object) => form({ a: { type: 'string', 'x-component': 'Input', ...extra } })

function refusal(schema: object): FormSchemaError {
  try {
    compileForm(schema)
  } catch (error) {
    if (error instanceof FormSchemaError) return error
    throw error
  }
  throw new Error('compiled a schema outside the dialect')
}

test.group('the dialect refuses what it does not list, naming the field', () => {
  test('components, formats, keywords and free expressions', ({ assert }) => {
    assert.equal(refusal(field({ 'x-component': 'Cascader' })).path, 'a')
    assert.match(refusal(field({ format: 'ipv4' })).message, /不支持的格式/)
    assert.match(refusal(field({ 'x-visible': false })).message, /不支持的关键字「x-visible」/)
    assert.match(refusal(field({ title: '{{process.exit(1)}}' })).message, /只有 x-reactions/)
  })

  test('linkages outside the grammar', ({ assert }) => {
    const linkage = (expr: string, deps = ['b']) =>
      form({
        b: { type: 'string', 'x-component': 'Input' },
        a: { type: 'string', 'x-component': 'Input', 'x-reactions': { dependencies: deps, fulfill: { state: { visible: expr } } } },
      })
    assert.match(refusal(linkage("{{process.exit(1) || true}}")).message, /联动条件/)
    assert.match(refusal(linkage("{{$self.value === 'x'}}")).message, /联动条件/)
    assert.match(refusal(linkage("{{$deps[1] === 'x'}}")).message, /超出/)
    assert.match(refusal(linkage("{{$deps[0] === 'x'}}", ['nope'])).message, /不是表格之外的已声明字段/)
    assert.doesNotThrow(() => compileForm(linkage("{{!($deps[0] === '是' || $deps[0] !== \"否\") && $deps[0] === 1}}")))
  })

  test('visibility cycles', ({ assert }) => {
    const visibleWhen = (dep: string) => ({ dependencies: [dep], fulfill: { state: { visible: "{{$deps[0] === '是'}}" } } })
    const schema = form({
      a: { type: 'string', 'x-component': 'Input', 'x-reactions': visibleWhen('b') },
      b: { type: 'string', 'x-component': 'Input', 'x-reactions': visibleWhen('a') },
    })
    assert.match(refusal(schema).message, /循环依赖/)
  })
})

test.group('linkages at validation time', () => {
  test('a hidden field is neither validated nor kept; required follows its linkage', ({ assert }) => {
    // given
    const compiled = compileForm(
      form({
        hasPit: { type: 'string', enum: ['是', '否'], 'x-component': 'Radio.Group' },
        depth: {
          type: 'number', required: true, 'x-component': 'NumberPicker',
          'x-reactions': { dependencies: ['hasPit'], fulfill: { state: { visible: "{{$deps[0] === '是'}}" } } },
        },
      })
    )

    // when / then
    assert.deepEqual(compiled.validate({ hasPit: '否', depth: 'junk' }), { ok: true, errors: [], value: { hasPit: '否' } })
    assert.deepEqual(compiled.validate({ hasPit: '是' }).errors, [{ path: 'depth', message: '该字段是必填字段' }])
  })
})

test.group('FormSection: a titled 分组 that is layout only', () => {
  const input = (extra: object = {}) => ({ type: 'string', 'x-decorator': 'FormItem', 'x-component': 'Input', ...extra })
  const section = (properties: object, extra: object = {}) => ({ type: 'void', title: '基本信息', 'x-component': 'FormSection', ...extra, properties })

  test('its fields keep the data paths they would have without it, at the root and inside an object group', ({ assert }) => {
    // given: sections at the root, around a grid, and inside the object group `manager`
    const compiled = compileForm(
      form({
        basic: section({ grid: { type: 'void', 'x-component': 'FormGrid', properties: { place: input({ required: true }) } } }),
        manager: { type: 'object', title: '项目经理', properties: { contact: section({ name: input({ required: true }) }) } },
        note: input({ 'x-reactions': { dependencies: ['manager.name'], fulfill: { state: { visible: "{{$deps[0] === '张三'}}" } } } }),
      })
    )

    // when / then: errors and values name place and manager.name, never basic or contact
    assert.deepEqual(compiled.validate({}).errors, [
      { path: 'place', message: '该字段是必填字段' },
      { path: 'manager.name', message: '该字段是必填字段' },
    ])
    const { ok, value } = compiled.validate({ place: '三号楼', manager: { name: '张三' }, note: '到场', basic: { place: 'x' } })
    assert.isTrue(ok)
    assert.deepEqual(value, { place: '三号楼', manager: { name: '张三' }, note: '到场' })
  })

  test('like every void wrapper it carries no data rules or linkages, and no table row holds it', ({ assert }) => {
    const linked = form({ a: input(), s: section({ b: input() }, { 'x-reactions': { dependencies: ['a'], fulfill: { state: { visible: "{{$deps[0] === '是'}}" } } } }) })
    assert.match(refusal(linked).message, /布局节点（void）不能有「x-reactions」/)
    assert.equal(refusal(linked).path, 's')
    assert.match(refusal(form({ s: section({ b: input() }, { required: true }) })).message, /不能有「required」/)
    const inRow = form({
      rows: { type: 'array', 'x-component': 'ArrayTable', items: { type: 'object', properties: { s: section({ b: input() }) } } },
    })
    assert.equal(refusal(inRow).path, 'rows.s')
    assert.match(refusal(inRow).message, /ArrayTable\.Column/)
  })
})
