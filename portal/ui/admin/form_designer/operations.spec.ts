import { test } from '@japa/runner'
// the UI's tsconfig does not see tests/bootstrap.ts: this brings in @japa/assert's `assert` on the test context
import type {} from '@japa/assert'
import { buildSchema, parseSchema, type FormDesign, type SchemaJson } from './model.js'
import { addLayout, canAddLayout, moveInto, moveRefusal, renameNode } from './operations.js'
import { LAYOUT_TYPES } from './field_types.js'
import { moveTargets } from './move_targets.js'
import { allNodes } from './tree.js'

/** The designer's tree operations, run on parsed schemas and judged by the schema they build (what 保存 stores). */
const input = (title: string, extra: SchemaJson = {}) => ({ type: 'string', title, 'x-decorator': 'FormItem', 'x-component': 'Input', ...extra })
const visibleWhen = (dep: string) => ({ dependencies: [dep], fulfill: { state: { visible: "{{$deps[0] === '是'}}" } } })
const grid = (properties: SchemaJson, columns = 2) => ({ type: 'void', 'x-component': 'FormGrid', 'x-component-props': { maxColumns: columns }, properties })
const section = (title: string, properties: SchemaJson, extra: SchemaJson = {}) => ({ type: 'void', title, 'x-component': 'FormSection', ...extra, properties })
const form = (properties: SchemaJson) => parseSchema({ type: 'object', properties })
const GRID_COLUMN = { 'x-decorator': 'FormGrid.GridColumn', 'x-decorator-props': { gridSpan: 4 } }

/** A node's id by its key (the first in tree order). */
function idOf(design: FormDesign, key: string): string {
  const found = allNodes(design.nodes).find((entry) => entry.node.key === key)
  if (!found) throw new Error(`no node ${key}`)
  return found.node.id
}

const layout = (label: string) => LAYOUT_TYPES.find((type) => type.label === label)!
const props = (design: FormDesign) => buildSchema(design).properties as Record<string, SchemaJson>

test.group('form designer: 布局 from the palette', () => {
  test('栅格 and 分组 go where the selection points; in a grid they span its whole row', ({ assert }) => {
    // given: a new form (its two-column grid) with one field
    const start = form({ grid: grid({ place: input('地点') }) })

    // when: a 分组 with nothing selected, then a 栅格 after 地点
    const withSection = addLayout(start, layout('分组'), null)
    const withGrid = addLayout(withSection.design, layout('栅格'), idOf(withSection.design, 'place'))

    // then
    const inner = props(withGrid.design).grid.properties as Record<string, SchemaJson>
    assert.deepEqual(Object.keys(inner), ['place', 'grid1', 'section1'])
    assert.deepEqual(inner.section1, { type: 'void', title: '新分组', 'x-component': 'FormSection', ...GRID_COLUMN, properties: {} })
    assert.deepEqual(inner.grid1, { type: 'void', 'x-component': 'FormGrid', 'x-component-props': { maxColumns: 2, strictAutoFit: true }, ...GRID_COLUMN, properties: {} })
  })

  test('a selected 分组 takes the new container inside; outside a grid nothing wraps it', ({ assert }) => {
    const start = form({ info: section('基本信息', {}) })
    const added = addLayout(start, layout('栅格'), idOf(start, 'info'))
    assert.deepEqual(props(added.design).info.properties, { grid1: { type: 'void', 'x-component': 'FormGrid', 'x-component-props': { maxColumns: 2, strictAutoFit: true }, properties: {} } })
  })

  test('no layout container goes into a sub-table, whether the table or one of its columns is selected', ({ assert }) => {
    const start = form({
      rows: { type: 'array', 'x-component': 'ArrayTable', items: { type: 'object', properties: { c1: { type: 'void', 'x-component': 'ArrayTable.Column', properties: { who: input('姓名') } } } } },
    })
    assert.isFalse(canAddLayout(start, idOf(start, 'rows')))
    assert.isFalse(canAddLayout(start, idOf(start, 'who')))
    assert.isTrue(canAddLayout(start, null))
    assert.strictEqual(addLayout(start, layout('分组'), idOf(start, 'who')).design, start)
  })
})

test.group('form designer: 移到…', () => {
  test('into a section of the same data scope: no rename, no path change, the field simply moves', ({ assert }) => {
    const start = form({ grid: grid({ place: input('地点'), scene: section('现场', {}, GRID_COLUMN), note: input('备注', { 'x-reactions': visibleWhen('place') }) }) })

    const moved = moveInto(start, idOf(start, 'place'), idOf(start, 'scene'))

    assert.deepEqual(moved.renamed, [])
    assert.deepEqual(moved.paths, [])
    const inner = props(moved.design).grid.properties as Record<string, SchemaJson>
    assert.deepEqual(Object.keys(inner), ['scene', 'note'])
    assert.deepEqual(inner.scene.properties, { place: input('地点') })
    assert.deepEqual((inner.note['x-reactions'] as { dependencies: string[] }).dependencies, ['place'])
  })

  test('into an object group that has the identifier: renamed, and every linkage naming it follows the new path', ({ assert }) => {
    // given: `name` at the root, named by two linkages, and `manager.name` named by one
    const start = form({
      name: input('联系人'),
      note: input('备注', { 'x-reactions': visibleWhen('name') }),
      manager: { type: 'object', title: '项目经理', properties: { name: input('姓名'), phone: input('电话', { 'x-reactions': [visibleWhen('name'), visibleWhen('manager.name')] }) } },
    })

    // when
    const moved = moveInto(start, idOf(start, 'name'), idOf(start, 'manager'))

    // then
    assert.deepEqual(moved.renamed, [{ from: 'name', to: 'name1' }])
    assert.deepEqual(moved.paths, [{ from: 'name', to: 'manager.name1' }])
    const built = props(moved.design)
    assert.deepEqual(Object.keys(built), ['note', 'manager'])
    assert.deepEqual(Object.keys(built.manager.properties as SchemaJson), ['name', 'phone', 'name1'])
    assert.deepEqual((built.note['x-reactions'] as { dependencies: string[] }).dependencies, ['manager.name1'])
    const phone = (built.manager.properties as Record<string, SchemaJson>).phone
    assert.deepEqual((phone['x-reactions'] as { dependencies: string[] }[]).map((r) => r.dependencies[0]), ['manager.name1', 'manager.name'])
  })

  test('a moved container brings its fields: their keys are checked in the new scope and their paths rewritten, a group\'s children included', ({ assert }) => {
    // given: a section with `phone` and a group `contact` (with `mail`) at the root; an object `org` that already has a `phone`
    const start = form({
      box: section('联系方式', { phone: input('电话'), contact: { type: 'object', properties: { mail: input('邮箱') } } }),
      org: { type: 'object', properties: { phone: input('单位电话') } },
      note: input('备注', { 'x-reactions': [visibleWhen('phone'), visibleWhen('contact.mail')] }),
    })

    // when: the section goes into `org`
    const moved = moveInto(start, idOf(start, 'box'), idOf(start, 'org'))

    // then: `phone` became `phone1`; the group's child path moved with it
    assert.deepEqual(moved.renamed, [{ from: 'phone', to: 'phone1' }])
    assert.sameDeepMembers([...moved.paths], [
      { from: 'phone', to: 'org.phone1' },
      { from: 'contact', to: 'org.contact' },
      { from: 'contact.mail', to: 'org.contact.mail' },
    ])
    const built = props(moved.design)
    assert.deepEqual(Object.keys((built.org.properties as Record<string, SchemaJson>).box.properties as SchemaJson), ['phone1', 'contact'])
    assert.deepEqual((built.note['x-reactions'] as { dependencies: string[] }[]).map((r) => r.dependencies[0]), ['org.phone1', 'org.contact.mail'])
  })

  test('out of a grid to the form: a container loses its grid column wrapper; into a grid a wide field spans the row', ({ assert }) => {
    const start = form({
      grid: grid({ scene: section('现场', {}, GRID_COLUMN) }),
      remark: { type: 'string', title: '说明', 'x-decorator': 'FormItem', 'x-component': 'Input.TextArea' },
    })

    const out = moveInto(start, idOf(start, 'scene'), null)
    const wide = moveInto(out.design, idOf(out.design, 'remark'), idOf(out.design, 'grid'))

    const built = props(wide.design)
    assert.deepEqual(built.scene, section('现场', {}))
    assert.deepEqual((built.grid.properties as Record<string, SchemaJson>).remark['x-decorator-props'], { gridSpan: 4 })
  })

  test('tables are no target, their columns stay, and nothing moves into itself; refused moves change nothing', ({ assert }) => {
    const start = form({
      outer: section('外', { inner: grid({ a: input('甲') }) }),
      rows: { type: 'array', 'x-component': 'ArrayTable', items: { type: 'object', properties: { c1: { type: 'void', 'x-component': 'ArrayTable.Column', properties: { who: input('姓名') } } } } },
    })
    const [outer, inner, rows, who] = ['outer', 'inner', 'rows', 'who'].map((key) => idOf(start, key))

    assert.match(moveRefusal(start, outer, rows)!, /不能移入子表/)
    assert.match(moveRefusal(start, who, null)!, /子表的列/)
    assert.equal(moveRefusal(start, outer, inner), '不能移入自身')
    assert.isUndefined(moveRefusal(start, inner, null))
    assert.strictEqual(moveInto(start, outer, rows).design, start)
    assert.strictEqual(moveInto(start, outer, inner).design, start)
    assert.strictEqual(moveInto(start, idOf(start, 'a'), inner).design, start)
  })

  test('the choices: the form and every container outside the node, the current one marked, a table with its reason', ({ assert }) => {
    const start = form({
      grid: grid({ a: input('甲'), scene: section('现场', { b: input('乙') }, GRID_COLUMN) }),
      manager: { type: 'object', title: '项目经理', properties: {} },
      rows: { type: 'array', title: '人员', 'x-component': 'ArrayTable', items: { type: 'object', properties: {} } },
    })

    const targets = moveTargets(start, idOf(start, 'scene'))

    assert.deepEqual(
      targets.map(({ label, refusal, current }) => [label, Boolean(refusal), current]),
      [
        ['表单（最外层）', false, false],
        ['栅格（2 列）：grid', false, true],
        ['对象分组：项目经理（数据路径 manager.…）', false, false],
        ['子表：人员', true, false],
      ]
    )
  })

  test('renaming still carries linkages: absolute paths and a row sibling', ({ assert }) => {
    const start = form({
      kind: input('类别'),
      note: input('备注', { 'x-reactions': visibleWhen('kind') }),
    })
    const renamed = props(renameNode(start, idOf(start, 'kind'), 'category'))
    assert.deepEqual(Object.keys(renamed), ['category', 'note'])
    assert.deepEqual((renamed.note['x-reactions'] as { dependencies: string[] }).dependencies, ['category'])
  })
})
