import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import User from '#models/user'
import { tokenFor } from '#tests/helpers/api'
import { poppler } from '#tests/helpers/pdf'

const SHIPPED = app.makePath('definitions/official-documents/documents')
const squash = (text: string) => text.replace(/\s+/g, '')
const draftName = (stem: string) => `${stem}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`

/** The shipped 整改通知书 as the editor would send it. */
async function rectificationNotice() {
  const file = (suffix: string) => readFile(`${SHIPPED}/rectification-notice${suffix}`, 'utf8')
  return { source: await file('.hbs'), manifest: JSON.parse(await file('.template.json')), sample: JSON.parse(await file('.sample.json')) }
}

/** POSTs a preview with a bearer token; the body is a PDF or JSON. */
async function preview(token: string, body: unknown) {
  const response = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}/api/admin/templates/preview`, {
    method: 'POST',
    headers: { 'authorization': `Bearer ${token}`, 'content-type': 'application/json', 'accept': 'application/json' },
    body: JSON.stringify(body),
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes, json: () => JSON.parse(bytes.toString('utf8')) }
}

test.group('文书模板预览 (POST /api/admin/templates/preview)', () => {
  test('[5.2.2-08-08] prints the sample with the house frame, the caller\'s seal and a 预览 mark; nothing is numbered or stored', async ({ client, assert }) => {
    // given
    const admin = await tokenFor(client, 'sysadmin')
    const template = await rectificationNotice()
    const stored = async () => [Number((await db.from('issued_documents').count('* as n').first())?.n), Number((await db.from('document_number_counters').sum('last_seq as n').first())?.n ?? 0)]
    const before = await stored()

    // when
    const response = await preview(admin, template)

    // then
    assert.equal(response.status, 200)
    assert.equal(response.type, 'application/pdf')
    const text = squash((await poppler('pdftotext', response.bytes)).stdout)
    assert.include(text, '辽宁省住房和城乡建设厅')
    assert.include(text, squash(template.sample.defects[0].description))
    assert.match(text, /沈和质监整改〔\d{4}〕0号/)
    assert.include(text, '预览无效')
    assert.deepEqual(await stored(), before)
  }).timeout(60_000)

  test('a syntax error, a bad manifest and sample data missing required fields are 422 at their paths', async ({ client, assert }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const template = await rectificationNotice()

    const syntax = await preview(admin, { ...template, source: template.source.replace('{{recipient}}', '{{recipient') })
    const manifest = await preview(admin, { ...template, manifest: { ...template.manifest, numbering: '沈和质监整改〔{year}〕号', type: '' } })
    const { deadline, ...sample } = template.sample
    const missing = await preview(admin, { ...template, sample: { ...sample, deadline: deadline && '', project: { ...sample.project, name: '' } } })

    assert.equal(syntax.status, 422)
    assert.deepEqual(syntax.json().errors.map((e: { path: string }) => e.path), ['source'])
    assert.match(syntax.json().errors[0].message, /^第 \d+ 行第 \d+ 列：/)
    assert.equal(manifest.status, 422)
    assert.sameMembers(manifest.json().errors.map((e: { path: string }) => e.path), ['manifest.type', 'manifest.numbering'])
    assert.equal(missing.status, 422)
    assert.sameMembers(missing.json().errors.map((e: { path: string }) => e.path), ['sample.project.name', 'sample.deadline'])
  }).timeout(60_000)

  test('only holders of definition:deploy may preview: a supervisor gets 403, a caller with neither token nor session is refused', async ({ client, assert }) => {
    const template = await rectificationNotice()

    const supervisor = await preview(await tokenFor(client, 'hp.supervisor'), template)
    const anonymous = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}/api/admin/templates/preview`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept': 'application/json' }, body: JSON.stringify(template) })

    assert.equal(supervisor.status, 403)
    // without a bearer token the call is a session call, and shield refuses it before auth for lack of a CSRF token
    assert.oneOf(anonymous.status, [401, 403])
  })
})

test.group('文书模板编辑页 (GET /admin/drafts/:name/documents/:template)', () => {
  test('a new template starts from the house skeleton with a sample made from the draft\'s forms, and lists what it may print', async ({ client, assert, cleanup }) => {
    // given: a new draft (its starter form has 事项名称 subject)
    const admin = await tokenFor(client, 'sysadmin')
    const name = draftName('warning-talk')
    cleanup(async () => {
      await db.from('definition_drafts').where('name', name).delete()
    })
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '警示约谈' })).assertStatus(201)

    // when
    const page = await client.get(`/admin/drafts/${name}/documents/warning-talk-record`).withInertia().loginAs(await User.findByOrFail('username', 'sysadmin'))

    // then
    page.assertStatus(200)
    page.assertInertiaComponent('admin/template_editor')
    const props = page.inertiaProps
    assert.isTrue(props.isNew)
    assert.include(props.source, '{{#> official-document}}')
    assert.include(props.source, '{{> signature-block}}')
    assert.deepEqual(props.forms.map((f: { form: string }) => f.form), ['start'])
    assert.deepEqual(props.forms[0].fields, [{ path: 'subject', title: '事项名称', insert: '{{subject}}' }])
    const sample = JSON.parse(props.sample)
    assert.equal(sample.subject, '（事项名称）')
    assert.isString(sample.issueDate)
    assert.includeMembers(props.variables.map((v: { path: string }) => v.path), ['applicantOrgName', 'caseNo', 'issueDate'])
    assert.includeMembers(props.system.map((v: { path: string }) => v.path), ['@documentNumber', '@issuer.name'])
    assert.includeMembers(props.partials.map((v: { path: string }) => v.path), ['official-document', 'signature-block'])

    // and the starter previews as it is
    const printed = await preview(admin, { source: props.source, manifest: props.manifest, sample })
    assert.equal(printed.status, 200, printed.bytes.toString('utf8').slice(0, 300))

    // a template name that cannot be a file, or a draft that does not exist, is not found
    const user = await User.findByOrFail('username', 'sysadmin')
    ;(await client.get(`/admin/drafts/${name}/documents/Bad_Name`).withInertia().loginAs(user)).assertStatus(404)
    ;(await client.get(`/admin/drafts/no-such-draft-x/documents/warning-talk-record`).withInertia().loginAs(user)).assertStatus(404)
  }).timeout(60_000)

  test('a template the draft does not hold yet but the shared library does starts as the library\'s copy', async ({ client, assert, cleanup }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const name = draftName('city-notice')
    cleanup(async () => {
      await db.from('definition_drafts').where('name', name).delete()
    })
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '整改通知' })).assertStatus(201)

    const page = await client.get(`/admin/drafts/${name}/documents/rectification-notice`).withInertia().loginAs(await User.findByOrFail('username', 'sysadmin'))

    page.assertStatus(200)
    const shipped = await rectificationNotice()
    assert.isTrue(page.inertiaProps.isNew)
    assert.equal(page.inertiaProps.source, shipped.source)
    assert.deepEqual(page.inertiaProps.manifest, shipped.manifest)
    assert.deepEqual(JSON.parse(page.inertiaProps.sample), shipped.sample)
  })
})
