import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import Organization from '#models/organization'
import { tokenFor } from '#tests/helpers/api'

const newUser = { username: 'sod.test', fullName: '测试用户', organizationId: 0, password: 'Initial#2026' }

async function stationId(name: string) {
  return (await Organization.findByOrFail('name', name)).id
}

test.group('三员分立: the three administrators cannot do each other’s work', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.setup(async () => {
    newUser.organizationId = await stationId('沈阳市和平区建设工程质量监督站')
  })

  test('[G-3.1.4] the system administrator manages users but cannot grant roles or read the audit log', async ({ client }) => {
    const token = await tokenFor(client, 'sysadmin')
    const target = await User.findByOrFail('username', 'hp.supervisor')

    ;(await client.post('/api/users').bearerToken(token).json(newUser)).assertStatus(201)
    ;(await client.put(`/api/users/${target.id}/roles`).bearerToken(token).json({ roles: ['supervisor'] })).assertStatus(403)
    ;(await client.post('/api/roles').bearerToken(token).json({ code: 'x_role', name: '某角色', dataScope: 'none', permissions: [] })).assertStatus(403)
    ;(await client.get('/api/audit-logs').bearerToken(token)).assertStatus(403)
    ;(await client.get('/api/projects').bearerToken(token)).assertStatus(403)
  })

  test('[G-3.1.4] the security administrator grants roles but cannot create users or read the audit log', async ({ client }) => {
    const token = await tokenFor(client, 'secadmin')
    const target = await User.findByOrFail('username', 'hp.supervisor')

    ;(await client.put(`/api/users/${target.id}/roles`).bearerToken(token).json({ roles: ['supervisor', 'station_chief'] })).assertStatus(200)
    ;(await client.post('/api/users').bearerToken(token).json(newUser)).assertStatus(403)
    ;(await client.get('/api/audit-logs').bearerToken(token)).assertStatus(403)
    ;(await client.get('/api/audit-logs/export').bearerToken(token)).assertStatus(403)
  })

  test('[G-3.1.4] the audit administrator reads the log but cannot manage users or roles', async ({ client }) => {
    const token = await tokenFor(client, 'auditor')
    const target = await User.findByOrFail('username', 'hp.supervisor')

    ;(await client.get('/api/audit-logs').bearerToken(token)).assertStatus(200)
    ;(await client.post('/api/users').bearerToken(token).json(newUser)).assertStatus(403)
    ;(await client.put(`/api/users/${target.id}/roles`).bearerToken(token).json({ roles: [] })).assertStatus(403)
    ;(await client.post(`/api/users/${target.id}/unlock`).bearerToken(token)).assertStatus(403)
  })

  test('[G-3.1.4] no account may hold two administrator duties, and nobody grants themselves', async ({ client, assert }) => {
    const token = await tokenFor(client, 'secadmin')
    const target = await User.findByOrFail('username', 'hp.supervisor')
    const self = await User.findByOrFail('username', 'secadmin')

    const combined = await client.put(`/api/users/${target.id}/roles`).bearerToken(token).json({ roles: ['system_admin', 'audit_admin'] })
    const selfGrant = await client.put(`/api/users/${self.id}/roles`).bearerToken(token).json({ roles: ['security_admin', 'audit_admin'] })
    const roles = await client.get('/api/roles').bearerToken(token)
    const securityRole = roles.body().find((r: { code: string }) => r.code === 'security_admin')
    const widened = await client
      .put(`/api/roles/${securityRole.id}`)
      .bearerToken(token)
      .json({ code: 'security_admin', name: '安全管理员', dataScope: 'none', permissions: ['role:read', 'role:write', 'role:assign', 'audit:read'] })

    combined.assertStatus(422)
    combined.assertBodyContains({ errors: [{ field: 'roles', rule: 'separationOfDuties' }] })
    selfGrant.assertStatus(403)
    widened.assertStatus(422)
    assert.equal(widened.body().errors[0].rule, 'separationOfDuties')
  })

  test('[5.6.2-06-01] roles are data: a new role grants what it lists, to whom it is given', async ({ client, assert }) => {
    // given: an account with no roles
    const admin = await tokenFor(client, 'sysadmin')
    const created = await client.post('/api/users').bearerToken(admin).json({ ...newUser, organizationId: await stationId('沈阳市建设工程质量监督站') })
    const security = await tokenFor(client, 'secadmin')

    // when: the security administrator defines a role and grants it
    const role = await client
      .post('/api/roles')
      .bearerToken(security)
      .json({ code: 'city_viewer', name: '项目查询员', dataScope: 'jurisdiction', permissions: ['project:read'] })
    await client.put(`/api/users/${created.body().id}/roles`).bearerToken(security).json({ roles: ['city_viewer'] })
    const token = await tokenFor(client, newUser.username, newUser.password)
    await client.put('/api/me/password').bearerToken(token).json({ currentPassword: newUser.password, newPassword: 'Viewer#2026', newPasswordConfirmation: 'Viewer#2026' })

    // then
    role.assertStatus(201)
    const projects = await client.get('/api/projects').bearerToken(token)
    projects.assertStatus(200)
    assert.isAbove(projects.body().meta.total, 0)
    ;(await client.get('/api/users').bearerToken(token)).assertStatus(403)
  })
})
