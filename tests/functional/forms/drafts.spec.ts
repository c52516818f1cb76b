import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { FORM_URL, MANAGER_ID, deployFormsFixture, startFiling, validFiling } from './helpers.js'

test.group('drafts and dictionaries in validation', (group) => {
  group.setup(() => deployFormsFixture())

  test('[5.2.2-01-01] a draft autosaves without full validation and every save adds a revision', async ({ client, assert }) => {
    // given
    const filer = await tokenFor(client, 'hongji.user')

    // when: an incomplete draft, then two autosaves
    const created = await client.post(`${FORM_URL}/drafts`).bearerToken(filer).json({ value: { permitNo: '2101' } })
    await client.put(`${FORM_URL}/drafts/${created.body().id}`).bearerToken(filer).json({ value: { permitNo: '210102', managerIdNumber: MANAGER_ID } })
    const saved = await client.put(`${FORM_URL}/drafts/${created.body().id}`).bearerToken(filer).json({ value: { permitNo: '210102202611240101', managerIdNumber: MANAGER_ID } })
    const mine = await client.get(`${FORM_URL}/drafts`).bearerToken(filer)
    const others = await client.get(`${FORM_URL}/drafts/${created.body().id}`).bearerToken(await tokenFor(client, 'chengjian.user'))

    // then
    created.assertStatus(201)
    saved.assertStatus(200)
    const revisions = await db.from('form_submission_revisions').where('submission_id', created.body().id).orderBy('revision')
    assert.deepEqual(revisions.map((r) => r.revision), [1, 2, 3])
    assert.notInclude(revisions[2].value, MANAGER_ID)
    assert.include(mine.body().map((d: { id: number }) => d.id), created.body().id)
    others.assertStatus(404)
  })

  test('[5.1.3-04-01] a dictionary edit changes what validation accepts', async ({ client }) => {
    // given
    const filer = await tokenFor(client, 'hongji.user')
    const admin = await tokenFor(client, 'sysadmin')
    const worker = await tokenFor(client, 'worker')
    const { projectId } = await startFiling(client, worker)
    const value = { ...(await validFiling(projectId)), structureType: '木结构' }
    const before = await client.post(`${FORM_URL}/validate`).bearerToken(filer).json({ value })

    // when
    const dictionary = await client.get('/api/dictionaries/structure-type').bearerToken(admin)
    const items = [...dictionary.body().items.map(({ value: v, label }: { value: string; label: string }) => ({ value: v, label })), { value: '木结构', label: '木结构' }]
    ;(await client.put('/api/dictionaries/structure-type').bearerToken(admin).json({ title: '结构类型', items })).assertStatus(200)
    const after = await client.post(`${FORM_URL}/validate`).bearerToken(filer).json({ value })
    await client.put('/api/dictionaries/structure-type').bearerToken(admin).json({ title: '结构类型', items: items.slice(0, -1) })

    // then
    before.assertStatus(422)
    before.assertBodyContains({ errors: [{ path: 'structureType' }] })
    after.assertStatus(204)
  })
})
