import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { tokenFor } from '#tests/helpers/api'

/** A designer-shaped form: a two-column grid, a select, and a remark shown only for its first option. */
function designed(overrides: { remark?: Record<string, unknown>; kind?: Record<string, unknown> } = {}) {
  return {
    type: 'object',
    title: '现场检查',
    properties: {
      grid: {
        type: 'void',
        'x-component': 'FormGrid',
        'x-component-props': { maxColumns: 2 },
        properties: {
          kind: { type: 'string', title: '类别', 'x-decorator': 'FormItem', 'x-component': 'Select', required: true, enum: ['室内', '室外'], ...overrides.kind },
          remark: {
            type: 'string',
            title: '说明',
            'x-decorator': 'FormItem',
            'x-component': 'Input.TextArea',
            'x-decorator-props': { gridSpan: 3 },
            'x-reactions': { dependencies: ['kind'], fulfill: { state: { visible: "{{$deps[0] === '室内'}}" } } },
            ...overrides.remark,
          },
        },
      },
    },
  }
}

test.group('表单设计器的方言检查 (POST /api/admin/forms/check)', () => {
  test('[5.1.3-01-01] a schema inside the dialect passes, the shipped 项目报监 form included', async ({ client }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const filing = JSON.parse(await readFile(app.makePath('definitions/project-filing/forms/filing.form.json'), 'utf8'))

    for (const schema of [designed(), filing]) {
      const response = await client.post('/api/admin/forms/check').bearerToken(admin).json({ schema })
      response.assertStatus(200)
      response.assertBody({ ok: true })
    }
  })

  test('a linkage outside the expression grammar, an unknown component or an unknown dictionary is 422 at the field path', async ({ client, assert }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const check = (schema: unknown) => client.post('/api/admin/forms/check').bearerToken(admin).json({ schema })

    // free JavaScript in a linkage: formily would evaluate it, the dialect refuses it
    const script = await check(designed({ remark: { 'x-reactions': { dependencies: ['kind'], fulfill: { state: { visible: "{{$deps[0].includes('室')}}" } } } } }))
    script.assertStatus(422)
    assert.lengthOf(script.body().errors, 1)
    assert.equal(script.body().errors[0].path, 'grid.remark')
    assert.include(script.body().errors[0].message, '联动条件')

    const component = await check(designed({ kind: { 'x-component': 'Cascader' } }))
    component.assertStatus(422)
    assert.deepEqual(component.body().errors, [{ path: 'grid.kind', message: '不支持的组件「Cascader」' }])

    const dictionary = await check(designed({ kind: { enum: undefined, 'x-data-source': { dictionary: 'no-such-dictionary' } } }))
    dictionary.assertStatus(422)
    assert.deepEqual(dictionary.body().errors, [{ path: 'grid.kind', message: '数据字典「no-such-dictionary」不存在' }])

    const notAForm = await check('表单')
    notAForm.assertStatus(422)
    assert.equal(notAForm.body().errors[0].path, '')
  })

  test('only an administrator who may deploy definitions may check forms', async ({ client }) => {
    for (const username of ['hp.supervisor', 'chengjian.user']) {
      const response = await client.post('/api/admin/forms/check').bearerToken(await tokenFor(client, username)).json({ schema: designed() })
      response.assertStatus(403)
    }
  })
})

test.group('表单设计页 (GET /admin/drafts/:name/forms/:form)', () => {
  test('opens a form of a draft, or an empty one for a form it does not have; others get 403, an unknown draft 404', async ({ client, assert, cleanup }) => {
    // given: a new draft, which starts with forms/start.form.json
    const admin = await tokenFor(client, 'sysadmin')
    const name = `designer-page-${Date.now().toString(36)}`
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '设计页测试' })).assertStatus(201)
    cleanup(async () => {
      await db.from('definition_drafts').where('name', name).delete()
    })
    const sysadmin = await User.findByOrFail('username', 'sysadmin')

    // when
    const existing = await client.get(`/admin/drafts/${name}/forms/start`).withInertia().loginAs(sysadmin)
    const fresh = await client.get(`/admin/drafts/${name}/forms/inspection`).withInertia().loginAs(sysadmin)

    // then
    existing.assertStatus(200)
    existing.assertInertiaComponent('admin/form_designer')
    assert.deepEqual(existing.inertiaProps.draft, { name, title: '设计页测试' })
    assert.equal(existing.inertiaProps.path, 'forms/start.form.json')
    assert.equal(JSON.parse(existing.inertiaProps.content).properties.subject.title, '事项名称')
    assert.isNull(fresh.inertiaProps.content)
    ;(await client.get(`/admin/drafts/${name}/forms/start`).withInertia().loginAs(await User.findByOrFail('username', 'hp.supervisor'))).assertStatus(403)
    ;(await client.get('/admin/drafts/no-such-draft/forms/start').withInertia().loginAs(sysadmin)).assertStatus(404)
    ;(await client.get(`/admin/drafts/${name}/forms/Not_A_Name`).withInertia().loginAs(sysadmin)).assertStatus(404)
  })
})
