import { test } from '@japa/runner'
import JSZip from 'jszip'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import env from '#start/env'
import { tokenFor } from '#tests/helpers/api'
import { issueAs } from '#tests/helpers/issued'
import { deployTinyProcess, fileCase } from './helpers.js'

const HEPING_PROJECT = '2026-210102-47-01-000001'
const DALIAN_PROJECT = '2026-210211-47-01-000004'

/** A file's bytes over plain HTTP (the API client parses bodies as text or JSON). */
async function download(path: string, token: string) {
  const response = await fetch(`http://${env.get('HOST')}:${env.get('PORT')}${path}`, { headers: { Authorization: `Bearer ${token}` } })
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) }
}

/** The text of one part of an Office file (a zip). */
async function zipPart(body: Buffer, name: string): Promise<string> {
  return (await JSZip.loadAsync(body)).file(name)!.async('string')
}

// the engine commits for real, so these tests file their own cases rather than roll back
test.group('workspace: 办件 pages, export and documents are scoped', () => {
  let heping: Awaited<ReturnType<typeof fileCase>>
  let dalian: Awaited<ReturnType<typeof fileCase>>

  test('an enterprise lists its own cases only; a supervisor those of his jurisdiction', async ({ client, assert }) => {
    // given: one case of 宏基 in 和平区, one of 海湾 in 大连
    const worker = await tokenFor(client, 'worker')
    await deployTinyProcess(client, worker)
    heping = await fileCase(client, worker, { applicant: '辽宁宏基建设集团有限公司', station: '沈阳市和平区建设工程质量监督站', projectCode: HEPING_PROJECT, starter: 'hongji.user', title: '和平区报监测试' })
    dalian = await fileCase(client, worker, { applicant: '大连海湾建设工程有限公司', station: '大连市建设工程质量监督站', projectCode: DALIAN_PROJECT, starter: 'haiwan.user', title: '大连报监测试' })

    // when
    const asHongji = await client.get('/cases').withInertia().loginAs(await User.findByOrFail('username', 'hongji.user'))
    const asHaiwan = await client.get('/cases').withInertia().loginAs(await User.findByOrFail('username', 'haiwan.user'))
    const asHeping = await client.get('/cases').qs({ q: heping.caseNo }).withInertia().loginAs(await User.findByOrFail('username', 'hp.supervisor'))

    // then
    asHongji.assertStatus(200)
    asHongji.assertInertiaComponent('cases/index')
    const numbers = (response: typeof asHongji) => response.inertiaProps.data.map((row: { caseNo: string }) => row.caseNo)
    assert.include(numbers(asHongji), heping.caseNo)
    assert.notInclude(numbers(asHongji), dalian.caseNo)
    assert.include(numbers(asHaiwan), dalian.caseNo)
    assert.notInclude(numbers(asHaiwan), heping.caseNo)
    assert.deepEqual(numbers(asHeping), [heping.caseNo])
    assert.deepEqual(asHeping.inertiaProps.data[0].currentSteps, ['受理审查'])
    assert.equal(asHeping.inertiaProps.data[0].status, 'running')
  })

  test('the case page shows timeline and pending step in its scope, and is a 404 outside it', async ({ client, assert }) => {
    // when
    const own = await client.get(`/cases/${heping.caseId}`).withInertia().loginAs(await User.findByOrFail('username', 'hongji.user'))
    const supervisor = await client.get(`/cases/${heping.caseId}`).withInertia().loginAs(await User.findByOrFail('username', 'hp.supervisor'))
    const otherDistrict = await client.get(`/cases/${heping.caseId}`).withInertia().loginAs(await User.findByOrFail('username', 'dl.supervisor'))
    const otherEnterprise = await client.get(`/cases/${heping.caseId}`).withInertia().loginAs(await User.findByOrFail('username', 'haiwan.user'))

    // then
    own.assertStatus(200)
    own.assertInertiaComponent('cases/show')
    assert.deepEqual(own.inertiaProps.timeline.map((entry: { action: string }) => entry.action), ['start', 'return'])
    assert.equal(own.inertiaProps.timeline[1].comment, '材料不全')
    assert.equal(own.inertiaProps.pending[0].name, '受理审查')
    assert.isFalse(own.inertiaProps.pending[0].isMine)
    assert.deepEqual(own.inertiaProps.pending[0].holders, ['监督员'])
    assert.isTrue(supervisor.inertiaProps.pending[0].isMine)
    otherDistrict.assertStatus(404)
    otherEnterprise.assertStatus(404)
  })

  test('a document issued to the case downloads in its scope and is a 404 outside it', async ({ client, assert }) => {
    // given: a notice of the 和平区 station issued to the case
    const { document, pdf } = await issueAs('沈阳市和平区建设工程质量监督站', heping.projectId)
    await db.from('issued_documents').where('id', document.id).update({ process_instance_id: heping.instanceId })

    // when
    const own = await download(`/api/documents/${document.id}/pdf`, await tokenFor(client, 'hongji.user'))
    const otherDistrict = await download(`/api/documents/${document.id}/pdf`, await tokenFor(client, 'dl.supervisor'))
    const otherEnterprise = await download(`/api/documents/${document.id}/pdf`, await tokenFor(client, 'haiwan.user'))
    const page = await client.get(`/cases/${heping.caseId}`).withInertia().loginAs(await User.findByOrFail('username', 'hongji.user'))

    // then
    assert.equal(own.status, 200)
    assert.equal(own.type, 'application/pdf')
    assert.isTrue(own.body.equals(pdf))
    assert.equal(otherDistrict.status, 404)
    assert.equal(otherEnterprise.status, 404)
    assert.deepEqual(page.inertiaProps.documents.map((d: { id: string }) => d.id), [document.id])
  })

  test('the export is a real .xlsx and .docx holding the caller\'s cases only', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'hongji.user')

    // when
    const xlsx = await download('/api/cases/export?format=xlsx', token)
    const docx = await download(`/api/cases/export?format=docx&q=${heping.caseNo}`, token)

    // then: both are zips (PK\x03\x04) with the case number in the sheet / the document
    assert.equal(xlsx.status, 200)
    assert.include(xlsx.type, 'spreadsheetml')
    assert.equal(xlsx.body.subarray(0, 4).toString('hex'), '504b0304')
    const sheet = (await zipPart(xlsx.body, 'xl/sharedStrings.xml').catch(() => '')) + (await zipPart(xlsx.body, 'xl/worksheets/sheet1.xml'))
    assert.include(sheet, heping.caseNo)
    assert.include(sheet, '办件编号')
    assert.notInclude(sheet, dalian.caseNo)
    assert.equal(docx.status, 200)
    assert.equal(docx.body.subarray(0, 4).toString('hex'), '504b0304')
    const text = await zipPart(docx.body, 'word/document.xml')
    assert.include(text, heping.caseNo)
    assert.include(text, '办件台账')
  })
})

test.group('workspace: the shell', () => {
  test('shared props carry the organisation and permission codes; the enterprise gets its menu pages', async ({ client, assert }) => {
    // when
    const user = await User.findByOrFail('username', 'hongji.user')
    const home = await client.get('/').withInertia().loginAs(user)
    const organization = await client.get('/workspace/organization').withInertia().loginAs(user)
    const projects = await client.get('/projects').withInertia().loginAs(user)

    // then
    home.assertStatus(200)
    home.assertInertiaComponent('home')
    assert.include(home.inertiaProps.permissions, 'form:fill')
    assert.include(home.inertiaProps.permissions, 'project:read')
    assert.deepInclude(home.inertiaProps.organization, { name: '辽宁宏基建设集团有限公司', kind: 'enterprise' })
    assert.properties(home.inertiaProps.counts, ['openTasks', 'runningCases', 'documents'])
    organization.assertInertiaComponent('workspace/organization')
    assert.include(organization.inertiaProps.people.map((p: { username: string }) => p.username), 'hongji.user')
    projects.assertInertiaComponent('projects/index')
    assert.include(projects.inertiaProps.data.map((p: { code: string }) => p.code), HEPING_PROJECT)
  })

  test('a project page outside the scope is a 404; inside it lists parties and cases', async ({ client, assert }) => {
    const project = await db.from('projects').where('code', DALIAN_PROJECT).firstOrFail()
    const own = await db.from('projects').where('code', HEPING_PROJECT).firstOrFail()
    const user = await User.findByOrFail('username', 'hongji.user')

    const outside = await client.get(`/projects/${project.id}`).withInertia().loginAs(user)
    const inside = await client.get(`/projects/${own.id}`).withInertia().loginAs(user)

    outside.assertStatus(404)
    inside.assertStatus(200)
    assert.include(inside.inertiaProps.parties.map((p: { name: string }) => p.name), '辽宁宏基建设集团有限公司')
  })
})
