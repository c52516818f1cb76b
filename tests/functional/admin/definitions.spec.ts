import { test } from '@japa/runner'
import { tokenFor } from '#tests/helpers/api'
import { deployProjectFiling, filingBy, forgetCase } from '../cases/helpers.js'

test.group('流程定义管理 (GET /api/admin/definitions)', (group) => {
  group.setup(() => deployProjectFiling())

  test('[5.1.3-04-01] the system administrator sees each process with its versions and running instances; others get 403', async ({ client, assert, cleanup }) => {
    // given: one 项目报监 running
    const filer = await tokenFor(client, 'chengjian.user')
    const started = await client.post('/api/processes/project-filing/start').bearerToken(filer).json({ value: await filingBy('chengjian.user', { projectCode: '2026-210102-47-01-900301' }) })
    started.assertStatus(201)
    cleanup(() => forgetCase(started.body().processInstanceId))
    const admin = await tokenFor(client, 'sysadmin')

    // when
    const response = await client.get('/api/admin/definitions').bearerToken(admin)

    // then
    response.assertStatus(200)
    const filing = response.body().find((entry: { key: string }) => entry.key === 'project-filing')
    assert.equal(filing.name, '项目报监')
    assert.isAtLeast(filing.versions.length, 1)
    const [latest] = filing.versions
    assert.equal(latest.deploymentName, 'project-filing')
    assert.isAtLeast(latest.running, 1)
    assert.equal(latest.incidents, 0)
    for (const username of ['hp.supervisor', 'chengjian.user', 'auditor']) {
      ;(await client.get('/api/admin/definitions').bearerToken(await tokenFor(client, username))).assertStatus(403)
    }
  })
})
