import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Project from '#models/project'
import { tokenFor } from '#tests/helpers/api'

function codes(body: { data: { code: string }[] }) {
  return body.data.map((project) => project.code).sort()
}

test.group('data scope (数据权限)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[5.1.3-04-01] a county supervisor lists only the projects of their county', async ({ client, assert }) => {
    // given: 和平区 has project 000001; 浑南区, 于洪区, 大连 and 鞍山 have the others
    const token = await tokenFor(client, 'hp.supervisor')

    // when
    const response = await client.get('/api/projects').bearerToken(token)

    // then
    response.assertStatus(200)
    assert.deepEqual(codes(response.body()), ['2026-210102-47-01-000001'])
  })

  test('[5.1.3-04-01] a county supervisor gets 404 for a project of another county', async ({ client }) => {
    const token = await tokenFor(client, 'hp.supervisor')
    const other = await Project.findByOrFail('code', '2026-210112-47-01-000002')

    const response = await client.get(`/api/projects/${other.id}`).bearerToken(token)

    response.assertStatus(404)
    response.assertBodyContains({ code: 'E_NOT_FOUND' })
  })

  test('[5.6.2-08-02] a city supervisor sees every county of the city and nothing outside it', async ({ client, assert }) => {
    const token = await tokenFor(client, 'sy.supervisor')
    const response = await client.get('/api/projects').bearerToken(token)
    response.assertStatus(200)
    assert.deepEqual(codes(response.body()), [
      '2026-210102-47-01-000001',
      '2026-210112-47-01-000002',
      '2026-210114-47-01-000003',
    ])
  })

  test('[5.6.2-08-02] the province sees every project', async ({ client, assert }) => {
    const token = await tokenFor(client, 'ln.supervisor')
    const response = await client.get('/api/projects').bearerToken(token)
    assert.equal(response.body().meta.total, await Project.query().count('* as total').then((rows) => Number(rows[0].$extras.total)))
  })

  test('[G-3.1.7] an enterprise user sees only projects their enterprise takes part in', async ({ client, assert }) => {
    // given: 海湾建设 is the contractor of 000004 and 000005 only
    const token = await tokenFor(client, 'haiwan.user')

    const list = await client.get('/api/projects').bearerToken(token)
    const foreign = await Project.findByOrFail('code', '2026-210102-47-01-000001')
    const refused = await client.get(`/api/projects/${foreign.id}`).bearerToken(token)
    const own = await Project.findByOrFail('code', '2026-210211-47-01-000004')
    const allowed = await client.get(`/api/projects/${own.id}`).bearerToken(token)

    assert.deepEqual(codes(list.body()), ['2026-210202-47-01-000005', '2026-210211-47-01-000004'])
    refused.assertStatus(404)
    allowed.assertStatus(200)
    assert.includeMembers(allowed.body().parties.map((p: { role: string }) => p.role), ['owner', 'contractor'])
  })

  test('a project created by a station chief lands in their county scope', async ({ client, assert }) => {
    // given
    const chief = await tokenFor(client, 'hp.chief')
    const me = await client.get('/api/me').bearerToken(chief)
    const stationId = me.body().organization.id
    const enterprises = await client.get('/api/organizations?kind=enterprise').bearerToken(chief)
    const contractor = enterprises.body().find((e: { enterpriseType: string }) => e.enterpriseType === 'contractor')

    // when
    const created = await client
      .post('/api/projects')
      .bearerToken(chief)
      .json({ code: '2026-210102-47-01-000777', name: '和平区新建测试楼', category: '01', qualityStationId: stationId, parties: [{ role: 'contractor', creditCode: contractor.creditCode }] })

    // then: the county sees it, the neighbouring county does not
    created.assertStatus(201)
    const county = await client.get('/api/projects').bearerToken(await tokenFor(client, 'hp.supervisor'))
    const neighbour = await client.get(`/api/projects/${created.body().id}`).bearerToken(await tokenFor(client, 'hn.supervisor'))
    assert.include(codes(county.body()), '2026-210102-47-01-000777')
    neighbour.assertStatus(404)
  })
})
