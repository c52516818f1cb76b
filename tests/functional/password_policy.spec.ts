import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'
import { tokenFor } from '#tests/helpers/api'
import Organization from '#models/organization'

function fields(body: { errors: { field: string; message: string }[] }) {
  return body.errors.map((error) => error.field)
}

test.group('password policy (身份鉴别 a)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[G-3.1.4] refuses passwords shorter than 8 or with fewer than 3 character classes', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hp.supervisor')
    const change = (newPassword: string) =>
      client.put('/api/me/password').bearerToken(token).json({ currentPassword: DEMO_PASSWORD, newPassword, newPasswordConfirmation: newPassword })

    const short = await change('Ab1!')
    const twoClasses = await change('abcdefgh123')

    short.assertStatus(422)
    assert.deepEqual(fields(short.body()), ['newPassword'])
    assert.match(short.body().errors[0].message, /不能少于 8 位/)
    twoClasses.assertStatus(422)
    assert.match(twoClasses.body().errors[0].message, /至少 3 类/)
  })

  test('[G-3.1.4] refuses any of the last five passwords, accepts the sixth-oldest', async ({ client }) => {
    const token = await tokenFor(client, 'hp.supervisor')
    const passwords = [DEMO_PASSWORD, 'Second#2026', 'Third#2026', 'Fourth#2026', 'Fifth#2026', 'Sixth#2026']
    for (let i = 1; i < passwords.length; i++) {
      const response = await client
        .put('/api/me/password')
        .bearerToken(token)
        .json({ currentPassword: passwords[i - 1], newPassword: passwords[i], newPasswordConfirmation: passwords[i] })
      response.assertStatus(204)
    }

    // the current one and the four before it are refused
    for (const reused of passwords.slice(1)) {
      const refused = await client.put('/api/me/password').bearerToken(token).json({ currentPassword: 'Sixth#2026', newPassword: reused, newPasswordConfirmation: reused })
      refused.assertStatus(422)
      refused.assertBodyContains({ errors: [{ field: 'newPassword', rule: 'passwordHistory' }] })
    }
    const oldest = await client.put('/api/me/password').bearerToken(token).json({ currentPassword: 'Sixth#2026', newPassword: DEMO_PASSWORD, newPasswordConfirmation: DEMO_PASSWORD })
    oldest.assertStatus(204)
  })

  test('a wrong current password or a mismatched confirmation is a 422 on that field', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hp.supervisor')
    const wrong = await client.put('/api/me/password').bearerToken(token).json({ currentPassword: 'nope', newPassword: 'Good#Pass1', newPasswordConfirmation: 'Good#Pass1' })
    const mismatch = await client.put('/api/me/password').bearerToken(token).json({ currentPassword: DEMO_PASSWORD, newPassword: 'Good#Pass1', newPasswordConfirmation: 'Good#Pass2' })
    wrong.assertStatus(422)
    assert.deepEqual(fields(wrong.body()), ['currentPassword'])
    mismatch.assertStatus(422)
    assert.deepEqual(fields(mismatch.body()), ['newPasswordConfirmation'])
    assert.match(mismatch.body().errors[0].message, /不一致/)
  })

  test('[G-3.1.4] a new account must change its password before anything else', async ({ client, assert }) => {
    // given: the system administrator creates an account
    const admin = await tokenFor(client, 'sysadmin')
    const created = await client
      .post('/api/users')
      .bearerToken(admin)
      .json({ username: 'new.supervisor', fullName: '新监督员', organizationId: (await Organization.findByOrFail('name', '沈阳市和平区建设工程质量监督站')).id, password: 'Initial#2026', mobile: '13912345678' })
    created.assertStatus(201)

    // when
    const token = await tokenFor(client, 'new.supervisor', 'Initial#2026')
    const blocked = await client.get('/api/projects').bearerToken(token)
    const changed = await client.put('/api/me/password').bearerToken(token).json({ currentPassword: 'Initial#2026', newPassword: 'Mine#2026x', newPasswordConfirmation: 'Mine#2026x' })
    const me = await client.get('/api/me').bearerToken(token)

    // then
    blocked.assertStatus(403)
    blocked.assertBodyContains({ code: 'E_PASSWORD_CHANGE_REQUIRED' })
    changed.assertStatus(204)
    assert.isFalse(me.body().mustChangePassword)
  })
})
