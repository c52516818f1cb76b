import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { tokenFor } from '#tests/helpers/api'
import { bpmn, flows } from '../engine/bpmn.js'

/** A review step, and in the second version a notice step after it. */
const process = (reviewName: string, withNotice: boolean) =>
  bpmn(
    'cmpDemo',
    `<bpmn:startEvent id="filed" />${flows('filed', 'review', ...(withNotice ? ['notice'] : []), 'done')}
    <bpmn:userTask id="review" name="${reviewName}" camunda:formKey="zhian:cmp-demo/review" />
    ${withNotice ? '<bpmn:userTask id="notice" name="告知申请人" />' : ''}<bpmn:endEvent id="done" />`
  )

const form = (title: string) => JSON.stringify({ type: 'object', properties: { opinion: { type: 'string', title, 'x-component': 'Input.TextArea' } } }, null, 2)

/** Deploys the files as one deployment named cmp-demo; returns its process definition id. */
async function deployVersion(client: ApiClient, token: string, files: Record<string, string>): Promise<string> {
  let request = client.post('/engine-rest/deployment/create').bearerToken(token).fields({ 'deployment-name': 'cmp-demo' })
  for (const [index, [name, content]] of Object.entries(files).entries()) request = request.file(`file${index}`, Buffer.from(content), { filename: name })
  const response = await request
  response.assertStatus(200)
  return (Object.values(response.body().deployedProcessDefinitions)[0] as { id: string }).id
}

test.group('流程定义 版本对比 (GET /api/admin/definitions/compare)', () => {
  test('a changed form, a renamed task, a new step and a new file show up; unchanged files are the same', async ({ client, assert }) => {
    // given: two versions of one process
    const worker = await tokenFor(client, 'worker')
    const left = await deployVersion(client, worker, { 'cmp-demo.bpmn': process('受理审查', false), 'review.form.json': form('审查意见'), 'guide.hbs': '<p>办事指南</p>' })
    const right = await deployVersion(client, worker, { 'cmp-demo.bpmn': process('受理审查（市级）', true), 'review.form.json': form('市级审查意见'), 'guide.hbs': '<p>办事指南</p>', 'notice.form.json': form('告知内容') })
    const admin = await tokenFor(client, 'sysadmin')

    // when
    const response = await client.get('/api/admin/definitions/compare').qs({ left, right }).bearerToken(admin)

    // then
    response.assertStatus(200)
    const body = response.body()
    assert.equal(body.left.version + 1, body.right.version)
    const byName = Object.fromEntries(body.resources.map((r: { name: string }) => [r.name, r]))
    assert.deepEqual(Object.fromEntries(Object.entries(byName).map(([name, r]: [string, any]) => [name, r.status])), {
      'cmp-demo.bpmn': 'changed',
      'guide.hbs': 'same',
      'notice.form.json': 'added',
      'review.form.json': 'changed',
    })
    assert.include(byName['review.form.json'].diff, '-      "title": "审查意见",')
    assert.include(byName['review.form.json'].diff, '+      "title": "市级审查意见",')
    assert.isNull(byName['guide.hbs'].diff)
    const elements = byName['cmp-demo.bpmn'].elements
    assert.deepEqual(elements.renamed, [{ id: 'review', name: '受理审查（市级）', type: 'bpmn:UserTask', from: '受理审查' }])
    assert.includeDeepMembers(elements.added, [{ id: 'notice', name: '告知申请人', type: 'bpmn:UserTask' }])
    assert.includeDeepMembers(elements.removed, [{ id: 'review_done', name: null, type: 'bpmn:SequenceFlow' }])
  })

  test('others get 403; both ids are required (422) and must exist (404)', async ({ client }) => {
    const admin = await tokenFor(client, 'sysadmin')
    for (const username of ['hp.supervisor', 'secadmin', 'chengjian.user']) {
      ;(await client.get('/api/admin/definitions/compare').qs({ left: 'a', right: 'b' }).bearerToken(await tokenFor(client, username))).assertStatus(403)
    }
    ;(await client.get('/api/admin/definitions/compare').qs({ left: 'a' }).bearerToken(admin)).assertStatus(422)
    ;(await client.get('/api/admin/definitions/compare').qs({ left: 'no:1:x', right: 'no:2:y' }).bearerToken(admin)).assertStatus(404)
  })
})
