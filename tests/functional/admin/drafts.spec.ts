import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { deployProjectFiling } from '../cases/helpers.js'

/** A draft name of its own per test, so runs and tests never meet. */
const draftName = (stem: string) => `${stem}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`
const forgetDraft = async (name: string) => {
  await db.from('definition_drafts').where('name', name).delete()
}

/** A process with a review gateway: `broken` leaves out the default, mis-writes a condition and names a form that does not exist. */
function reviewBpmn(name: string, broken: boolean) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="https://zhian.example.cn/test">
  <bpmn:process id="${name}" name="测试审核" isExecutable="true" camunda:candidateStarterGroups="supervisor">
    <bpmn:startEvent id="started" camunda:formKey="zhian:${name}/start" />
    <bpmn:sequenceFlow id="toReview" sourceRef="started" targetRef="review" />
    <bpmn:userTask id="review" name="审核" camunda:candidateGroups="supervisor" camunda:formKey="zhian:${name}/${broken ? 'opinion' : 'start'}" />
    <bpmn:sequenceFlow id="toDecide" sourceRef="review" targetRef="decide" />
    <bpmn:exclusiveGateway id="decide" name="是否通过"${broken ? '' : ' default="passed"'} />
    <bpmn:sequenceFlow id="rejected" sourceRef="decide" targetRef="done"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${broken ? "${outcome ==}" : "${outcome == 'return'}"}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="passed" sourceRef="decide" targetRef="done" />
    <bpmn:endEvent id="done" />
  </bpmn:process>
</bpmn:definitions>`
}

test.group('流程设计草稿 (/api/admin/drafts)', (group) => {
  group.setup(() => deployProjectFiling())

  test('[5.1.3-01-01] a new draft starts with a process that deploys; deploying it unchanged again creates nothing', async ({ client, assert, cleanup }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const name = draftName('warning-talk')
    cleanup(() => forgetDraft(name))

    const created = await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '警示谈话登记' })
    created.assertStatus(201)
    assert.deepEqual(created.body().files.map((f: { path: string }) => f.path), ['forms/start.form.json', `${name}.bpmn`])
    assert.include(created.body().files.find((f: { path: string }) => f.path.endsWith('.bpmn')).content, `camunda:formKey="zhian:${name}/start"`)

    const deployed = await client.post(`/api/admin/drafts/${name}/deploy`).bearerToken(admin)
    deployed.assertStatus(201)
    assert.deepEqual(deployed.body().definitions.map((d: { key: string; version: number }) => [d.key, d.version]), [[name, 1]])
    const audit = await db.from('audit_logs').where({ action: 'definition.deploy', target_id: deployed.body().id }).firstOrFail()
    assert.equal(audit.username, 'sysadmin')

    const again = await client.post(`/api/admin/drafts/${name}/deploy`).bearerToken(admin)
    again.assertStatus(200)
    assert.isFalse(again.body().created)
    assert.equal(Number((await db.from('engine_process_definitions').where('key', name).count('* as n').first())?.n), 1)
  })

  test('[5.1.3-03-01] a model with errors (a gateway without default, a condition that does not parse, a task whose form does not exist) is refused with every problem named by file and element at once, and nothing is deployed', async ({ client, assert, cleanup }) => {
    const admin = await tokenFor(client, 'sysadmin')
    const name = draftName('review')
    cleanup(() => forgetDraft(name))
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '测试审核' })).assertStatus(201)
    await client.delete(`/api/admin/drafts/${name}/files`).qs({ path: `${name}.bpmn` }).bearerToken(admin)
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: `${name}.bpmn`, content: reviewBpmn(name, true) })).assertStatus(200)

    const refused = await client.post(`/api/admin/drafts/${name}/deploy`).bearerToken(admin)

    refused.assertStatus(422)
    const errors: { path: string; elementId?: string; message: string }[] = refused.body().errors
    assert.deepInclude(errors, { path: `${name}.bpmn`, elementId: 'review', message: '引用的表单文件 opinion.form.json 不存在（在 目录本身 或 forms/ 中都没有找到）' })
    assert.deepInclude(errors, { path: `${name}.bpmn`, elementId: 'decide', message: '排他网关有多条离开的顺序流，须有默认流或每条都有条件' })
    assert.isTrue(errors.some((e) => e.elementId === 'rejected' && e.message.startsWith('条件「${outcome ==}」：表达式语法错误：“==”之后缺少内容')), JSON.stringify(errors))
    assert.deepInclude(errors, { path: `${name}.bpmn`, elementId: 'passed', message: '条件分支上的顺序流既不是默认流也没有条件' })
    assert.equal(errors.length, 4, JSON.stringify(errors))

    // a form outside the dialect is named by its file and field
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: 'forms/opinion.form.json', content: JSON.stringify({ type: 'object', properties: { opinion: { type: 'string', title: '意见', 'x-component': 'Input.TextArea', 'x-decorator': 'FormItem' } } }) })).assertStatus(200)
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: 'forms/start.form.json', content: JSON.stringify({ type: 'object', properties: { when: { type: 'string', 'x-component': 'Rocket' } } }) })).assertStatus(200)
    const withForm = (await client.post(`/api/admin/drafts/${name}/deploy`).bearerToken(admin)).body().errors as typeof errors
    assert.deepInclude(withForm, { path: 'forms/start.form.json', message: '表单字段 when: 不支持的组件「Rocket」' })
    assert.equal(Number((await db.from('engine_process_definitions').where('key', name).count('* as n').first())?.n), 0)

    // fixed, it deploys
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: `${name}.bpmn`, content: reviewBpmn(name, false) })).assertStatus(200)
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: 'forms/start.form.json', content: JSON.stringify({ type: 'object', properties: { when: { type: 'string', title: '时间', 'x-component': 'DatePicker', 'x-decorator': 'FormItem' } } }) })).assertStatus(200)
    ;(await client.post(`/api/admin/drafts/${name}/deploy`).bearerToken(admin)).assertStatus(201)
  })

  test('editing a deployed definition copies its newest deployment once; bad input is 422 at the field; others get 403', async ({ client, assert, cleanup }) => {
    const admin = await tokenFor(client, 'sysadmin')
    cleanup(() => forgetDraft('project-filing'))
    await forgetDraft('project-filing')

    const opened = await client.post('/api/admin/drafts').bearerToken(admin).json({ from: 'project-filing' })
    opened.assertStatus(201)
    assert.equal(opened.body().title, '项目报监')
    assert.includeMembers(opened.body().files.map((f: { path: string }) => f.path), ['project-filing.bpmn', 'forms/filing.form.json', 'documents/supervision-plan.hbs'])
    ;(await client.put('/api/admin/drafts/project-filing/files').bearerToken(admin).json({ path: 'forms/extra.form.json', content: '{}' })).assertStatus(200)
    const reopened = await client.post('/api/admin/drafts').bearerToken(admin).json({ from: 'project-filing' })
    reopened.assertStatus(200)
    assert.include(reopened.body().files.map((f: { path: string }) => f.path), 'forms/extra.form.json')

    // files that belong together are written together, or none of them
    const together = await client.put('/api/admin/drafts/project-filing/files').bearerToken(admin).json({ files: [{ path: 'documents/talk.hbs', content: '<p>{{subject}}</p>' }, { path: 'documents/talk.template.json', content: '{}' }] })
    together.assertStatus(200)
    assert.deepEqual(together.body().saved, ['documents/talk.hbs', 'documents/talk.template.json'])
    const halfBad = await client.put('/api/admin/drafts/project-filing/files').bearerToken(admin).json({ files: [{ path: 'documents/other.hbs', content: 'x' }, { path: 'documents/../other.template.json', content: '{}' }] })
    halfBad.assertStatus(422)
    assert.equal(halfBad.body().errors[0].field, 'files.1.path')
    const stored = (await client.get('/api/admin/drafts/project-filing').bearerToken(admin)).body().files.map((f: { path: string }) => f.path)
    assert.includeMembers(stored, ['documents/talk.hbs', 'documents/talk.template.json'])
    assert.notInclude(stored, 'documents/other.hbs')
    const taken = await client.post('/api/admin/drafts').bearerToken(admin).json({ name: 'project-filing', title: '重名' })
    taken.assertStatus(422)
    assert.equal(taken.body().errors[0].field, 'name')
    const badPath = await client.put('/api/admin/drafts/project-filing/files').bearerToken(admin).json({ path: '../etc/passwd', content: 'x' })
    badPath.assertStatus(422)
    assert.equal(badPath.body().errors[0].field, 'path')
    assert.equal(badPath.body().errors[0].message, '文件路径格式不正确')
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ from: 'no-such-folder' })).assertStatus(422)
    ;(await client.get('/api/admin/drafts/no-such-draft').bearerToken(admin)).assertStatus(404)
    for (const username of ['hp.supervisor', 'secadmin', 'auditor']) {
      ;(await client.get('/api/admin/drafts').bearerToken(await tokenFor(client, username))).assertStatus(403)
    }
  })
})
