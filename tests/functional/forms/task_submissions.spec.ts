import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { FORM_URL, MANAGER_ID, deployFormsFixture, openTask, startFiling, validFiling } from './helpers.js'

/** Rows stored for an instance: the proof that a refusal wrote nothing. */
function storedFor(instanceId: string) {
  return db.from('form_submissions').where('process_instance_id', instanceId).count('* as n').first().then((row) => Number(row?.n))
}

// the engine commits for real, so these tests use their own instances rather than a rolled-back transaction
test.group('task form submission (表单提交)', (group) => {
  group.setup(() => deployFormsFixture())

  const invalid: [string, (v: Record<string, unknown>) => Record<string, unknown>, string, string][] = [
    ['a wrong type', (v) => ({ ...v, floors: '十八' }), 'floors', ''],
    ['a value outside the enum', (v) => ({ ...v, category: '水利工程' }), 'category', ''],
    ['a missing required field', ({ permitNo, ...rest }) => rest, 'permitNo', '必填'],
    ['a bad credit code', (v) => ({ ...v, builderCreditCode: '91210102MA0XXXXX1X' }), 'builderCreditCode', ''],
    ['an undeclared field', (v) => ({ ...v, bribe: '100' }), 'bribe', '表单中没有此字段'],
    ['a value outside the dictionary', (v) => ({ ...v, structureType: '木结构' }), 'structureType', ''],
    ['a project outside the data scope', (v) => ({ ...v, project: '2026-210211-47-01-000004' }), 'project', '不在您的数据权限范围内'],
  ]
  for (const [name, spoil, path, words] of invalid) {
    test(`[5.2.2-01-01] ${name} is a 422 at "${path}"; nothing is stored and the task stays open`, async ({ client, assert }) => {
      // given
      const worker = await tokenFor(client, 'worker')
      const filer = await tokenFor(client, 'hongji.user')
      const { instanceId, taskId, projectId } = await startFiling(client, worker)

      // when
      const response = await client.post(`/api/tasks/${taskId}/submit`).bearerToken(filer).json({ value: spoil(await validFiling(projectId)) })

      // then
      response.assertStatus(422)
      const error = response.body().errors.find((e: { path: string }) => e.path === path)
      assert.exists(error, JSON.stringify(response.body()))
      assert.match(error.message, /[\u4e00-\u9fa5]/)
      if (words) assert.include(error.message, words)
      assert.equal(await storedFor(instanceId), 0)
      assert.equal(await openTask(client, worker, instanceId), taskId)
    })
  }

  test('[5.2.2-01-01] a valid submission is stored with its schema version and completes the task with the cleaned values', async ({ client, assert }) => {
    // given
    const worker = await tokenFor(client, 'worker')
    const filer = await tokenFor(client, 'hongji.user')
    const { instanceId, taskId, projectId } = await startFiling(client, worker)

    // when
    const response = await client.post(`/api/tasks/${taskId}/submit`).bearerToken(filer).json({ value: await validFiling(projectId) })

    // then: the row names the deployment and checksum of the form resource; the ID number is not stored in clear
    response.assertStatus(201)
    const row = await db.from('form_submissions').where('id', response.body().id).firstOrFail()
    const resource = await db.from('engine_resources').where({ deployment_id: row.deployment_id, name: 'forms/filing.form.json' }).firstOrFail()
    assert.equal(row.schema_checksum, resource.checksum)
    assert.equal(row.status, 'submitted')
    assert.equal(row.project_id, projectId)
    assert.notInclude(row.value, MANAGER_ID)
    assert.equal(await db.from('form_submission_revisions').where('submission_id', row.id).count('* as n').first().then((r) => Number(r?.n)), 1)
    // and the instance moved on to review, with the values as process variables (ID masked)
    const next = await client.get(`/engine-rest/task/${await openTask(client, worker, instanceId)}`).bearerToken(worker)
    assert.equal(next.body().taskDefinitionKey, 'review')
    const variables = await client.get(`/engine-rest/process-instance/${instanceId}/variables`).bearerToken(worker)
    assert.equal(variables.body().permitNo.value, '210102202611240101')
    assert.equal(variables.body().managerIdNumber.value, `${MANAGER_ID.slice(0, 4)}**********${MANAGER_ID.slice(-4)}`)
    assert.equal(variables.body().formSubmissionId.value, row.id)
  })

  test('[5.2.2-01-01] the review task sees read-only fields marked; changing one is a 422 and the task stays open', async ({ client, assert }) => {
    // given: the filing is submitted and the station chief reviews
    const worker = await tokenFor(client, 'worker')
    const filer = await tokenFor(client, 'hongji.user')
    const chief = await tokenFor(client, 'hp.chief')
    const { instanceId, taskId, projectId } = await startFiling(client, worker)
    const filed = await validFiling(projectId)
    ;(await client.post(`/api/tasks/${taskId}/submit`).bearerToken(filer).json({ value: filed })).assertStatus(201)
    const reviewId = await openTask(client, worker, instanceId)

    // when
    const schema = await client.get(FORM_URL).qs({ taskId: reviewId }).bearerToken(chief)
    const changed = await client.post(`/api/tasks/${reviewId}/submit`).bearerToken(chief).json({ value: { ...filed, permitNo: '999', internalNote: '同意' } })
    const kept = await client.post(`/api/tasks/${reviewId}/submit`).bearerToken(chief).json({ value: { ...filed, internalNote: '同意受理' } })

    // then
    schema.assertStatus(200)
    assert.equal(schema.body().schema.properties.permitNo['x-pattern'], 'readOnly')
    assert.notProperty(schema.body().schema.properties.internalNote, 'x-pattern')
    changed.assertStatus(422)
    assert.equal(changed.body().errors[0].path, 'permitNo')
    kept.assertStatus(201)
    assert.isUndefined(await openTask(client, worker, instanceId))
  })

  test('[G-3.1.4] hidden fields never reach the filer; ID numbers are masked without personal_data:read, and an unmasked read is audited', async ({ client, assert }) => {
    // given: a reviewed filing carrying the station's internal note
    const worker = await tokenFor(client, 'worker')
    const filer = await tokenFor(client, 'hongji.user')
    const chief = await tokenFor(client, 'hp.chief')
    const { instanceId, taskId, projectId } = await startFiling(client, worker)
    const filed = await validFiling(projectId)
    await client.post(`/api/tasks/${taskId}/submit`).bearerToken(filer).json({ value: filed })
    const review = await client.post(`/api/tasks/${await openTask(client, worker, instanceId)}/submit`).bearerToken(chief).json({ value: { ...filed, internalNote: '内部：重点关注' } })

    // when
    const fillSchema = await client.get(FORM_URL).qs({ taskId: (await startFiling(client, worker)).taskId }).bearerToken(filer)
    const asFiler = await client.get(`/api/submissions/${review.body().id}`).bearerToken(filer)
    const asChief = await client.get(`/api/submissions/${review.body().id}`).bearerToken(chief)
    const outside = await client.get(`/api/submissions/${review.body().id}`).bearerToken(await tokenFor(client, 'dl.supervisor'))

    // then
    assert.notProperty(fillSchema.body().schema.properties, 'internalNote')
    asFiler.assertStatus(200)
    assert.notProperty(asFiler.body().value, 'internalNote')
    assert.equal(asFiler.body().value.managerIdNumber, `${MANAGER_ID.slice(0, 4)}**********${MANAGER_ID.slice(-4)}`)
    assert.equal(asChief.body().value.internalNote, '内部：重点关注')
    assert.equal(asChief.body().value.managerIdNumber, MANAGER_ID)
    assert.exists(await db.from('audit_logs').where({ action: 'personal_data.read', target_type: 'form_submission', target_id: String(review.body().id) }).first())
    outside.assertStatus(404)
  })
})
