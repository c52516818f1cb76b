import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import { tokenFor } from '#tests/helpers/api'

test.group('data dictionaries (数据字典)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[5.1.3-04-01] the seeded dictionaries are readable by any signed-in user', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hongji.user')

    const response = await client.get('/api/dictionaries/hazard-level').bearerToken(token)

    response.assertStatus(200)
    assert.deepEqual(response.body().items.map((i: { value: string }) => i.value), ['general', 'major'])
  })

  test('[5.1.3-04-01] the system administrator edits a dictionary; the change is audited and replaces the item list', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'sysadmin')

    // when
    const response = await client
      .put('/api/dictionaries/hazard-level')
      .bearerToken(token)
      .json({ title: '隐患等级', items: [{ value: 'major', label: '重大隐患' }, { value: 'minor', label: '轻微隐患' }] })

    // then
    response.assertStatus(200)
    const rows = await db.from('form_dictionary_items as i').join('form_dictionaries as d', 'd.id', 'i.dictionary_id').where('d.name', 'hazard-level').orderBy('i.sort_order').select('i.value')
    assert.deepEqual(rows.map((r) => r.value), ['major', 'minor'])
    assert.exists(await db.from('audit_logs').where({ action: 'dictionary.update', target_id: 'hazard-level' }).first())
  })

  test('[G-3.1.4] only dictionary:write may edit: the security administrator and a supervisor get 403', async ({ client }) => {
    for (const username of ['secadmin', 'ln.supervisor']) {
      const token = await tokenFor(client, username)
      const response = await client.post('/api/dictionaries').bearerToken(token).json({ name: 'x-test', title: '测试', items: [] })
      response.assertStatus(403)
    }
  })

  test('bad input is a 422 naming the field, in Chinese, and nothing is written', async ({ client, assert }) => {
    const token = await tokenFor(client, 'sysadmin')

    const response = await client
      .post('/api/dictionaries')
      .bearerToken(token)
      .json({ name: 'wall-material', title: '墙体材料', items: [{ value: '01', label: '' }] })

    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'items.0.label')
    assert.notExists(await db.from('form_dictionaries').where('name', 'wall-material').first())
  })
})

test.group('pickers bound to the data scope', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[5.1.3-04-01] a county supervisor picks only the projects of their county', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hp.supervisor')

    const response = await client.get('/api/pickers/projects').bearerToken(token)

    response.assertStatus(200)
    assert.deepEqual(response.body().map((p: { code: string }) => p.code), ['2026-210102-47-01-000001'])
  })

  test('[G-3.1.7] an enterprise user picks only organizations of their projects and users of those, without personal data', async ({ client, assert }) => {
    const token = await tokenFor(client, 'haiwan.user')

    const organizations = await client.get('/api/pickers/organizations').bearerToken(token)
    const users = await client.get('/api/pickers/users').bearerToken(token)
    const searched = await client.get('/api/pickers/organizations').qs({ q: '宏基' }).bearerToken(token)

    organizations.assertStatus(200)
    const names: string[] = organizations.body().map((o: { name: string }) => o.name)
    assert.include(names, '大连海湾建设工程有限公司')
    assert.notInclude(names, '辽宁宏基建设集团有限公司')
    assert.deepEqual(searched.body(), [])
    assert.include(users.body().map((u: { username: string }) => u.username), 'haiwan.user')
    assert.notInclude(users.body().map((u: { username: string }) => u.username), 'hongji.user')
    assert.notProperty(users.body()[0], 'idCardNo')
  })

  test('[G-3.1.7] picked ids come back with their names, only those the caller may see; a bad id list is a 422', async ({ client, assert }) => {
    const token = await tokenFor(client, 'haiwan.user')
    const own = await db.from('users').where('username', 'haiwan.user').firstOrFail()
    const other = await db.from('users').where('username', 'hongji.user').firstOrFail()

    const named = await client.get('/api/pickers/users').qs({ ids: `${own.id},${other.id}` }).bearerToken(token)
    const bad = await client.get('/api/pickers/users').qs({ ids: '1,abc' }).bearerToken(token)

    named.assertStatus(200)
    assert.deepEqual(named.body().map((u: { username: string; fullName: string }) => [u.username, u.fullName]), [['haiwan.user', own.full_name]])
    bad.assertStatus(422)
    assert.equal(bad.body().errors[0].field, 'ids')
  })
})
