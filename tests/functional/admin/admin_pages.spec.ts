import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'

const user = (username: string) => User.findByOrFail('username', username)

test.group('管理员页面 (角色与权限, 用户角色, 数据字典): each for its own administrator', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[G-3.1.4] the security administrator gets 角色与权限 and 用户角色, the system administrator 数据字典, nobody the other’s', async ({ client, assert }) => {
    // when
    const roles = await client.get('/admin/roles').withInertia().loginAs(await user('secadmin'))
    const grants = await client.get('/admin/user-roles').qs({ q: 'hp.' }).withInertia().loginAs(await user('secadmin'))
    const dictionaries = await client.get('/admin/dictionaries').withInertia().loginAs(await user('sysadmin'))

    // then: the role codes are the candidate groups BPMN names; the catalogue keeps each permission's duty
    roles.assertStatus(200)
    const supervisor = roles.inertiaProps.roles.find((role: { code: string }) => role.code === 'supervisor')
    assert.include(supervisor.permissions, 'form:fill')
    assert.isAbove(supervisor.holders, 0)
    assert.deepInclude(roles.inertiaProps.catalogue, { code: 'audit:read', name: '查看审计日志', duty: 'audit' })
    assert.isArray(roles.inertiaProps.permissions, 'the user’s own permission codes stay the shared prop')
    grants.assertStatus(200)
    assert.deepEqual(grants.inertiaProps.users.map((u: { username: string }) => u.username), ['hp.chief', 'hp.supervisor'])
    assert.deepEqual(grants.inertiaProps.users[1].roles, ['supervisor'])
    dictionaries.assertStatus(200)
    const hazard = dictionaries.inertiaProps.dictionaries.find((d: { name: string }) => d.name === 'hazard-level')
    assert.deepEqual(hazard.items.map((i: { sortOrder: number }) => i.sortOrder), [1, 2])

    for (const [path, username] of [['/admin/roles', 'sysadmin'], ['/admin/user-roles', 'auditor'], ['/admin/dictionaries', 'secadmin'], ['/admin/roles', 'hp.supervisor']]) {
      ;(await client.get(path).withInertia().loginAs(await user(username))).assertStatus(403)
    }
  })

  test('[G-3.1.4] the roles API takes the page’s session with its CSRF token, and refuses mixed duties with 422', async ({ client, assert }) => {
    const mixed = await client
      .post('/api/roles')
      .withCsrfToken()
      .json({ code: 'mixed_role', name: '混合角色', dataScope: 'none', permissions: ['role:read', 'audit:read'] })
      .loginAs(await user('secadmin'))
    mixed.assertStatus(422)
    assert.equal(mixed.body().errors[0].field, 'permissions')
    assert.include(mixed.body().errors[0].message, '不能同时包含')

    const withoutToken = await client.post('/api/roles').header('accept', 'application/json').json({ code: 'no_token', name: '无令牌', dataScope: 'none', permissions: [] }).loginAs(await user('secadmin'))
    withoutToken.assertStatus(403)
    assert.equal(withoutToken.body().code, 'E_BAD_CSRF_TOKEN')
  })
})
