import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { creditCodeCheckChar } from '#forms'
import { tokenFor } from '#tests/helpers/api'

test.group('input rules: 422 with the field path and a Chinese message, nothing written', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[G-3.1.7] an enterprise with a bad credit-code check character is refused', async ({ client, assert }) => {
    const token = await tokenFor(client, 'sysadmin')
    const first17 = '91210102MA0099999'
    const good = first17 + creditCodeCheckChar(first17)
    const bad = first17 + (good.endsWith('0') ? '1' : '0')

    const refused = await client.post('/api/organizations').bearerToken(token).json({ name: '校验测试建筑公司', creditCode: bad, enterpriseType: 'contractor' })
    const accepted = await client.post('/api/organizations').bearerToken(token).json({ name: '校验测试建筑公司', creditCode: good.toLowerCase(), enterpriseType: 'contractor' })

    refused.assertStatus(422)
    assert.deepEqual(refused.body().errors.map((e: { field: string }) => e.field), ['creditCode'])
    assert.match(refused.body().errors[0].message, /统一社会信用代码/)
    accepted.assertStatus(201)
    assert.equal(accepted.body().creditCode, good)
    assert.equal((await db.from('organizations').where('name', '校验测试建筑公司').count('* as total'))[0].total, 1)
  })

  test('ID numbers, mobile numbers and user names are checked field by field', async ({ client, assert }) => {
    const token = await tokenFor(client, 'sysadmin')
    const response = await client
      .post('/api/users')
      .bearerToken(token)
      .json({ username: '1bad', fullName: '测', organizationId: 1, password: 'Initial#2026', mobile: '12345', idCardNo: '210102198003150012' })

    response.assertStatus(422)
    const byField = Object.fromEntries(response.body().errors.map((e: { field: string; message: string }) => [e.field, e.message]))
    assert.containsSubset(Object.keys(byField), ['username', 'fullName', 'mobile', 'idCardNo'])
    assert.match(byField.idCardNo, /公民身份号码/)
    assert.match(byField.mobile, /手机号码/)
    assert.isNull(await db.from('users').where('username', '1bad').first())
  })

  test('a project code in the wrong shape names the field', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hp.chief')
    const response = await client.post('/api/projects').bearerToken(token).json({ code: '2026-21010-47-01-1', name: '项目', category: '01', qualityStationId: 1, parties: [] })
    response.assertStatus(422)
    const fields = response.body().errors.map((e: { field: string }) => e.field)
    assert.includeMembers(fields, ['code', 'parties'])
    assert.match(response.body().errors.find((e: { field: string }) => e.field === 'code').message, /项目代码/)
  })
})
