import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { tokenFor } from '#tests/helpers/api'
import { messageProcess } from './fixtures.js'

/** start → one user task → end; `label` changes the bytes without changing the shape. */
function taskProcess(key: string, label = '审查'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="review" />
    <bpmn:userTask id="review" name="${label}" />
    <bpmn:sequenceFlow id="f1" sourceRef="review" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
</bpmn:definitions>`
}

/** A PNG header and a few bytes that are not valid UTF-8: they must come back unchanged. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80])

/** Deploys files through the multipart endpoint, one form part per file, as Camunda's REST clients do. */
function deployFiles(client: ApiClient, token: string, name: string, files: Record<string, string | Buffer>, fields: Record<string, string> = {}) {
  const request = client.post('/engine-rest/deployment/create').bearerToken(token).fields({ 'deployment-name': name, ...fields })
  Object.entries(files).forEach(([filename, content], i) => request.file(`file${i}`, Buffer.from(content), { filename }))
  return request
}

const definitionsOf = (response: { body(): any }) => Object.values<{ key: string; version: number }>(response.body().deployedProcessDefinitions ?? {})

test.group('engine REST: deployments', () => {
  test('a deployment keeps every resource; each is listed and served byte for byte with its content type', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'worker')
    const form = JSON.stringify({ type: 'object', properties: { opinion: { type: 'string', title: '审查意见' } } })

    // when
    const created = await deployFiles(client, token, 'dep-resources', { 'process.bpmn': taskProcess('depResources'), 'review.form.json': form, 'diagram.png': PNG }, { 'deployment-source': 'test' })

    // then
    created.assertStatus(200)
    assert.equal(created.header('content-type'), 'application/json')
    const id = created.body().id
    assert.deepEqual(definitionsOf(created).map((d) => d.key), ['depResources'])
    const shown = (await client.get(`/engine-rest/deployment/${id}`).bearerToken(token)).body()
    assert.deepInclude(shown, { id, name: 'dep-resources', source: 'test', tenantId: null })
    assert.match(shown.deploymentTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/)

    const resources = (await client.get(`/engine-rest/deployment/${id}/resources`).bearerToken(token)).body()
    assert.deepEqual(resources.map((r: { name: string }) => r.name), ['diagram.png', 'process.bpmn', 'review.form.json'])
    const byName = Object.fromEntries(resources.map((r: { id: string; name: string }) => [r.name, r.id]))
    const one = await client.get(`/engine-rest/deployment/${id}/resources/${byName['review.form.json']}`).bearerToken(token)
    assert.deepEqual(one.body(), { id: byName['review.form.json'], name: 'review.form.json', deploymentId: id })

    const data = (name: string) => client.get(`/engine-rest/deployment/${id}/resources/${byName[name]}/data`).bearerToken(token)
    const formData = await data('review.form.json')
    assert.equal(formData.header('content-type'), 'application/json')
    assert.deepEqual(formData.body(), JSON.parse(form))
    const bpmnData = await data('process.bpmn')
    assert.equal(bpmnData.header('content-type'), 'application/xml')
    assert.equal(bpmnData.text(), taskProcess('depResources'))
    const png = await data('diagram.png')
    assert.equal(png.header('content-type'), 'image/png')
    assert.equal(Number(png.header('content-length')), PNG.length)
    assert.include(png.header('content-disposition'), 'attachment; filename="diagram.png"')
  })

  test('unknown deployments and resources are 404s in Camunda\'s shape', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const created = await deployFiles(client, token, 'dep-404', { 'p.bpmn': taskProcess('dep404') })
    for (const path of ['deployment/nope', 'deployment/nope/resources', `deployment/${created.body().id}/resources/nope`, `deployment/${created.body().id}/resources/nope/data`, 'process-definition/nope']) {
      const response = await client.get(`/engine-rest/${path}`).bearerToken(token)
      response.assertStatus(404)
      assert.equal(response.body().type, 'InvalidRequestException', path)
    }
    ;(await client.delete('/engine-rest/deployment/nope').bearerToken(token)).assertStatus(404)
  })

  test('duplicate filtering compares every resource: an unchanged set deploys nothing, a changed form redeploys the whole set', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'worker')
    const files = { 'p.bpmn': taskProcess('depDup'), 'a.form.json': '{"v":1}' }
    const filtering = { 'enable-duplicate-filtering': 'true' }
    const first = await deployFiles(client, token, 'dep-dup', files, filtering)

    // when
    const same = await deployFiles(client, token, 'dep-dup', files, filtering)
    const formChanged = await deployFiles(client, token, 'dep-dup', { ...files, 'a.form.json': '{"v":2}' }, filtering)

    // then: the same set answers with the previous deployment and no definitions
    assert.equal(same.body().id, first.body().id)
    assert.isNull(same.body().deployedProcessDefinitions)
    // then: one changed resource deploys all of them, and the process gets its next version (Camunda)
    assert.notEqual(formChanged.body().id, first.body().id)
    assert.deepEqual(definitionsOf(formChanged).map((d) => d.version), [definitionsOf(first)[0].version + 1])
    const names = (await client.get(`/engine-rest/deployment/${formChanged.body().id}/resources`).bearerToken(token)).body().map((r: { name: string }) => r.name)
    assert.deepEqual(names, ['a.form.json', 'p.bpmn'])
    const count = await client.get('/engine-rest/deployment/count').qs({ name: 'dep-dup' }).bearerToken(token)
    assert.deepEqual(count.body(), { count: 2 })
  })

  test('deploy-changed-only deploys only the changed resources; an unchanged process keeps its version', async ({ client, assert }) => {
    // given
    const token = await tokenFor(client, 'worker')
    const files = { 'p.bpmn': taskProcess('depChanged'), 'a.form.json': '{"v":1}', 'b.form.json': '{"v":1}' }
    const changedOnly = { 'deploy-changed-only': 'true' }
    const first = await deployFiles(client, token, 'dep-changed', files, changedOnly)

    // when
    const formOnly = await deployFiles(client, token, 'dep-changed', { ...files, 'b.form.json': '{"v":2}' }, changedOnly)
    const processToo = await deployFiles(client, token, 'dep-changed', { ...files, 'b.form.json': '{"v":2}', 'p.bpmn': taskProcess('depChanged', '复审') }, changedOnly)

    // then
    assert.lengthOf(definitionsOf(first), 1)
    assert.isNull(formOnly.body().deployedProcessDefinitions)
    const names = async (response: typeof first) => (await client.get(`/engine-rest/deployment/${response.body().id}/resources`).bearerToken(token)).body().map((r: { name: string }) => r.name)
    assert.deepEqual(await names(formOnly), ['b.form.json'])
    assert.deepEqual(await names(processToo), ['p.bpmn'])
    assert.deepEqual(definitionsOf(processToo).map((d) => d.version), [2])
    const latest = (await client.get('/engine-rest/process-definition/key/depChanged').bearerToken(token)).body()
    assert.equal(latest.deploymentId, processToo.body().id)
  })

  test('the list filters by name, nameLike and source, sorts by deployment time and pages', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    for (const n of [1, 2, 3]) await deployFiles(client, token, `dep-list-${n}`, { 'p.bpmn': taskProcess(`depList${n}`) }, { 'deployment-source': 'list-test' })
    const list = (qs: Record<string, unknown>) => client.get('/engine-rest/deployment').qs(qs).bearerToken(token)

    const newestFirst = await list({ nameLike: 'dep-list-%', sortBy: 'deploymentTime', sortOrder: 'desc' })
    assert.deepEqual(newestFirst.body().map((d: { name: string }) => d.name), ['dep-list-3', 'dep-list-2', 'dep-list-1'])
    const page = await list({ source: 'list-test', sortBy: 'deploymentTime', sortOrder: 'asc', firstResult: 1, maxResults: 1 })
    assert.deepEqual(page.body().map((d: { name: string }) => d.name), ['dep-list-2'])
    assert.deepEqual((await list({ name: 'dep-list-2' })).body().map((d: { name: string }) => d.name), ['dep-list-2'])
    assert.deepEqual((await client.get('/engine-rest/deployment/count').qs({ source: 'list-test' }).bearerToken(token)).body(), { count: 3 })

    const unsorted = await list({ sortBy: 'deploymentTime' })
    unsorted.assertStatus(400)
    assert.equal(unsorted.body().type, 'InvalidRequestException')
  })

  test('a definition by id, and the definition count', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const created = await deployFiles(client, token, 'dep-def', { 'p.bpmn': taskProcess('depDef') })
    const [definition] = Object.values<{ id: string }>(created.body().deployedProcessDefinitions)
    const shown = await client.get(`/engine-rest/process-definition/${definition.id}`).bearerToken(token)
    assert.deepInclude(shown.body(), { id: definition.id, key: 'depDef', version: 1, deploymentId: created.body().id, resource: 'p.bpmn' })
    assert.deepEqual((await client.get('/engine-rest/process-definition/count').qs({ key: 'depDef' }).bearerToken(token)).body(), { count: 1 })
  })
})

test.group('engine REST: deleting deployments', () => {
  test('without cascade, a running instance makes the deletion fail as in Camunda; with cascade everything goes', async ({ client, assert }) => {
    // given: a running instance waiting at its user task
    const token = await tokenFor(client, 'worker')
    const created = await deployFiles(client, token, 'dep-delete', { 'p.bpmn': taskProcess('depDelete'), 'a.form.json': '{}' })
    const id = created.body().id
    const instance = (await client.post('/engine-rest/process-definition/key/depDelete/start').bearerToken(token).json({})).body()

    // when: deleted without cascade
    const refused = await client.delete(`/engine-rest/deployment/${id}`).bearerToken(token)

    // then
    refused.assertStatus(500)
    assert.equal(refused.body().type, 'ProcessEngineException')
    assert.include(refused.body().message, 'Deletion of process definition without cascading failed')
    ;(await client.get(`/engine-rest/deployment/${id}`).bearerToken(token)).assertStatus(200)

    // when: deleted with cascade
    const deleted = await client.delete(`/engine-rest/deployment/${id}`).qs({ cascade: true }).bearerToken(token)

    // then: the deployment, its resources, its definition and the running instance with its task are gone
    deleted.assertStatus(204)
    ;(await client.get(`/engine-rest/deployment/${id}`).bearerToken(token)).assertStatus(404)
    ;(await client.get(`/engine-rest/deployment/${id}/resources`).bearerToken(token)).assertStatus(404)
    ;(await client.get(`/engine-rest/process-instance/${instance.id}`).bearerToken(token)).assertStatus(404)
    ;(await client.get(`/engine-rest/process-definition/${instance.definitionId}`).bearerToken(token)).assertStatus(404)
    assert.deepEqual((await client.get('/engine-rest/task').qs({ processInstanceId: instance.id }).bearerToken(token)).body(), [])
  })

  test('a deployment whose instances all ended is deleted without cascade', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const id = (await deployFiles(client, token, 'dep-ended', { 'p.bpmn': taskProcess('depEnded') })).body().id
    const instance = (await client.post('/engine-rest/process-definition/key/depEnded/start').bearerToken(token).json({})).body()
    const [task] = (await client.get('/engine-rest/task').qs({ processInstanceId: instance.id }).bearerToken(token)).body()
    ;(await client.post(`/engine-rest/task/${task.id}/complete`).bearerToken(token).json({})).assertStatus(204)

    ;(await client.delete(`/engine-rest/deployment/${id}`).bearerToken(token)).assertStatus(204)
    assert.deepEqual((await client.get('/engine-rest/deployment/count').qs({ name: 'dep-ended' }).bearerToken(token)).body(), { count: 0 })
  })

  test('deleting the newest version hands the message start event back to the version before', async ({ client, assert }) => {
    // given: two versions of a process started by a message
    const token = await tokenFor(client, 'worker')
    const v1 = await deployFiles(client, token, 'dep-msg', { 'p.bpmn': messageProcess('depMsg') })
    const v2 = await deployFiles(client, token, 'dep-msg', { 'p.bpmn': messageProcess('depMsg').replace('<bpmn:process id="depMsg"', '<bpmn:process id="depMsg" name="第二版"') })

    // when
    ;(await client.delete(`/engine-rest/deployment/${v2.body().id}`).qs({ cascade: 'true' }).bearerToken(token)).assertStatus(204)
    const started = await client.post('/engine-rest/message').bearerToken(token).json({ messageName: 'depMsg.filed', resultEnabled: true })

    // then
    started.assertStatus(200)
    assert.equal(started.body()[0].processInstance.definitionId, definitionsOf(v1).map((d: any) => d.id)[0])
  })
})
