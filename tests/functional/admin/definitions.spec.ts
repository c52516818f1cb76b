import { test } from '@japa/runner'
import JSZip from 'jszip'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
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

/** POSTs a zip to the import endpoint as a browser form would. */
async function importZip(token: string, zip: Buffer) {
  const form = new FormData()
  form.append('file', new Blob([zip], { type: 'application/zip' }), 'process.zip')
  const response = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}/api/admin/definitions/import`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

test.group('流程定义 export and import (zip)', (group) => {
  group.setup(() => deployProjectFiling())

  test('a deployment exports as its folder; importing it unchanged deploys nothing, changed it becomes the next version; bad archives are 422', async ({ client, assert, cleanup }) => {
    const admin = await tokenFor(client, 'sysadmin')
    // later tests start the shipped version again
    cleanup(() => deployProjectFiling())
    const latest = await db.from('engine_process_definitions').where('key', 'project-filing').orderBy('version', 'desc').firstOrFail()

    // export: the folder with its BPMN, forms and the templates it borrowed from the shared library
    const exported = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}/api/admin/deployments/${latest.deployment_id}/export`, { headers: { Authorization: `Bearer ${admin}` } })
    assert.equal(exported.status, 200)
    const zip = await JSZip.loadAsync(Buffer.from(await exported.arrayBuffer()))
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir)
    assert.includeMembers(names, ['project-filing/project-filing.bpmn', 'project-filing/forms/filing.form.json', 'project-filing/documents/supervision-acceptance-notice.hbs'])

    // the same archive back: nothing new
    const again = await importZip(admin, await zip.generateAsync({ type: 'nodebuffer' }))
    assert.equal(again.status, 200)
    assert.isFalse(again.body.created)

    // a city renames a step: the next version, and the audit says who imported it
    const bpmn = await zip.file('project-filing/project-filing.bpmn')!.async('string')
    zip.file('project-filing/project-filing.bpmn', bpmn.replace('name="受理审查"', 'name="受理审查（市级）"'))
    const changed = await importZip(admin, await zip.generateAsync({ type: 'nodebuffer' }))
    assert.equal(changed.status, 201, JSON.stringify(changed.body))
    assert.deepEqual(changed.body.definitions.map((d: { key: string; version: number }) => [d.key, d.version]), [['project-filing', latest.version + 1]])
    const audit = await db.from('audit_logs').where('action', 'definition.import').orderBy('id', 'desc').firstOrFail()
    assert.equal(audit.username, 'sysadmin')

    // refusals name what is wrong, in Chinese, and deploy nothing
    const before = Number((await db.from('engine_deployments').count('* as n').first())?.n)
    const escape = new JSZip()
    escape.file('project-filing/../evil.bpmn', bpmn)
    const missingForm = new JSZip()
    missingForm.file('project-filing/project-filing.bpmn', bpmn)
    for (const [archive, words] of [[escape, /路径|目录/], [missingForm, /filing\.form\.json/]] as const) {
      const refused = await importZip(admin, await archive.generateAsync({ type: 'nodebuffer' }))
      assert.equal(refused.status, 422)
      assert.match(refused.body.errors[0].message, words)
    }
    const notZip = await importZip(admin, Buffer.from('not a zip'))
    assert.equal(notZip.status, 422)
    assert.equal(Number((await db.from('engine_deployments').count('* as n').first())?.n), before)
    ;(await client.post('/api/admin/definitions/import').bearerToken(await tokenFor(client, 'hp.supervisor'))).assertStatus(403)
  })
})
