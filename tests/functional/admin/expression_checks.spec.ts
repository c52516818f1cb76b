import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'

test.group('条件表达式检查 (POST /api/admin/expressions/check)', () => {
  test('the engine parser accepts a condition it can run and names what is wrong with one it cannot', async ({ client, assert }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const check = (expression: string) => client.post('/api/admin/expressions/check').bearerToken(admin).json({ expression })

    // a condition the gateways of the shipped processes use
    const accepted = await check("${outcome == 'return'}")
    accepted.assertStatus(200)
    assert.deepEqual(accepted.body(), { ok: true })

    // a syntax error: the reason at the field, in Chinese, with where it is
    const broken = await check('${outcome ==}')
    broken.assertStatus(422)
    assert.equal(broken.body().errors[0].path, 'expression')
    assert.match(broken.body().errors[0].message, /^表达式语法错误：“==”之后缺少内容（第 12 个字符）$/)

    // plain text parses, but is a string, never a decision
    const bare = await check('outcome == 1')
    bare.assertStatus(422)
    assert.deepEqual(bare.body().errors.map((e: { path: string }) => e.path), ['expression'])
    assert.include(bare.body().errors[0].message, '${…}')
  })

  test('only an administrator who may deploy asks', async ({ client }) => {
    const supervisor = await tokenFor(client, 'hp.supervisor')
    ;(await client.post('/api/admin/expressions/check').bearerToken(supervisor).json({ expression: '${a}' })).assertStatus(403)
  })
})
