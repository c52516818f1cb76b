import { test } from '@japa/runner'
import type { Page } from 'playwright'
import db from '@adonisjs/lucid/services/db'
import { signIn } from '#tests/helpers/browser'
import { tokenFor } from '#tests/helpers/api'

const SHOTS = 'tmp/screenshots/modeler'

/** A second form for the review step: two fields to set permissions on. */
const REVIEW_FORM = {
  type: 'object',
  title: '抽查意见',
  properties: {
    opinion: { 'type': 'string', 'title': '审核意见', 'x-decorator': 'FormItem', 'x-component': 'Input.TextArea' },
    score: { 'type': 'number', 'title': '评分', 'x-decorator': 'FormItem', 'x-component': 'NumberPicker' },
  },
}

const forgetDraft = async (name: string) => {
  await db.from('definition_drafts').where('name', name).delete()
}
const shape = (page: Page, id: string) => page.locator(`.djs-element[data-element-id="${id}"]`)
const padEntry = (page: Page, action: string) => page.locator(`.djs-context-pad [data-action="${action}"]`)
const panelGroup = (page: Page, id: string) => page.locator(`[data-group-id="group-${id}"]`)
/** The ids of the flows drawn now. */
async function connectionIds(page: Page): Promise<string[]> {
  const connections = page.locator('.djs-element.djs-connection')
  const ids: string[] = []
  for (let i = 0; i < (await connections.count()); i++) ids.push((await connections.nth(i).getAttribute('data-element-id'))!)
  return ids
}
/** The id of the element the properties panel shows (its 编号 field). */
const selectedId = (page: Page) => page.locator('#bio-properties-panel-id').inputValue()

test.group('流程设计 in a real browser', () => {
  test('[5.1.3-03-01] the administrator adds a review step with its form, roles, actions and deadline, sees a bad condition refused as it is typed, saves, and sees the deploy errors on the diagram', async ({ browserContext, client, assert, cleanup }) => {
    // given: a new draft (start → end) with a second form
    const admin = await tokenFor(client, 'sysadmin')
    const name = `spot-check-${Date.now().toString(36)}`
    cleanup(() => forgetDraft(name))
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '监督抽查' })).assertStatus(201)
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: 'forms/review.form.json', content: JSON.stringify(REVIEW_FORM) })).assertStatus(200)

    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 900 })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.goto(`/admin/drafts/${name}`)
    await shape(page, 'started').waitFor({ timeout: 60_000 })
    await page.getByRole('link', { name: '抽查意见' }).waitFor()

    // when: the direct flow and the end go, a task is appended to the start event, named, and made a user task
    await shape(page, 'toEnd').click({ force: true }) // a straight flow has no height: Playwright counts it invisible
    await padEntry(page, 'delete').click()
    await shape(page, 'done').click()
    await padEntry(page, 'delete').click()
    await shape(page, 'started').click()
    await padEntry(page, 'append.append-task').click()
    await page.keyboard.type('抽查审核')
    await page.locator('[data-testid="modeler-canvas"] svg').first().click({ position: { x: 600, y: 400 } })
    const task = page.locator('.djs-element.djs-shape').filter({ hasText: '抽查审核' })
    await task.click()
    const taskId = await selectedId(page)
    await padEntry(page, 'replace').click()
    await page.locator('.djs-popup [data-id="replace-with-user-task"]').click()
    await panelGroup(page, 'zhian-forms').waitFor()
    await page.screenshot({ path: `${SHOTS}/01-user-task.png` })

    // and: 表单与文书 — the review form, its field rules, the actions, 监督员 and three days
    const forms = panelGroup(page, 'zhian-forms')
    await forms.getByLabel('业务表单').selectOption(`zhian:${name}/review`)
    await forms.getByLabel('字段权限：其余字段（默认）').selectOption('readonly')
    await forms.getByLabel('字段权限：审核意见').selectOption('editable')
    const actions = forms.getByRole('group', { name: '可用操作' })
    await actions.getByLabel('通过').check()
    await actions.getByLabel('驳回').check()
    await forms.getByRole('group', { name: '候选组' }).getByLabel('监督员（supervisor）').check()
    await forms.getByLabel('处理期限', { exact: true }).fill('3')
    await forms.getByLabel('处理期限', { exact: true }).press('Tab')
    assert.equal(await forms.getByRole('link', { name: '设计表单' }).getAttribute('href'), `/admin/drafts/${name}/forms/review`)
    await page.screenshot({ path: `${SHOTS}/02-forms-group.png` })

    // and: a gateway after the task (still selected, its context pad open; a click would deselect it);
    // the gateway's flow to the end gets a condition that does not parse
    await padEntry(page, 'append.gateway').click()
    const gatewayId = await selectedId(page)
    const flowsBefore = await connectionIds(page)
    await padEntry(page, 'append.end-event').click()
    const [flowId] = (await connectionIds(page)).filter((id) => !flowsBefore.includes(id))
    await shape(page, flowId).click({ force: true })
    assert.equal(await selectedId(page), flowId)
    assert.notEqual(flowId, gatewayId)
    await panelGroup(page, 'CamundaPlatform__Condition').locator('.bio-properties-panel-group-header').click()
    await page.getByLabel('类型', { exact: true }).selectOption('expression')
    await page.getByLabel('条件表达式').fill('${outcome ==}')
    await page.getByText('表达式语法错误').waitFor()
    await page.screenshot({ path: `${SHOTS}/03-condition-error.png` })

    // then: 保存 writes the model into the draft
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').waitFor()
    const saved = await client.get(`/api/admin/drafts/${name}`).bearerToken(admin)
    const xml: string = saved.body().files.find((f: { path: string }) => f.path === `${name}.bpmn`).content
    assert.match(xml, new RegExp(`<bpmn:userTask id="${taskId}" name="抽查审核"[^>]*camunda:formKey="zhian:${name}/review"`))
    assert.match(xml, /camunda:candidateGroups="supervisor"/)
    assert.match(xml, /camunda:dueDate="P3D"/)
    assert.include(xml, '<camunda:property name="zhian:actions" value="approve,return" />')
    assert.include(xml, '<camunda:property name="zhian:fields" value="{&#34;*&#34;:&#34;readonly&#34;,&#34;opinion&#34;:&#34;editable&#34;}" />')
    assert.include(xml, '${outcome ==}')

    // and: 部署 is refused, the refusal names the flow and marks it red; clicking the finding selects it
    await page.getByRole('button', { name: '部署', exact: true }).click()
    const finding = page.locator(`[data-testid="deploy-problems"] [data-element-id="${flowId}"]`).first()
    await finding.waitFor()
    assert.equal(await page.locator(`.djs-element.zhian-deploy-error[data-element-id="${flowId}"]`).count(), 1)
    await shape(page, 'started').click()
    await finding.click()
    assert.equal(await selectedId(page), flowId)
    await page.screenshot({ path: `${SHOTS}/04-deploy-errors.png` })
    assert.deepEqual(problems, [])
  })

  test('a service task becomes a 文书生成 task with one of the draft\'s templates; the process names who starts it and how its cases are numbered; a new form is made from the panel; leaving with unsaved edits asks first', async ({ browserContext, client, assert, cleanup }) => {
    // given: a draft whose model (written through the drafts API) has a plain service task after the start event, and a template
    const admin = await tokenFor(client, 'sysadmin')
    const name = `notice-${Date.now().toString(36)}`
    cleanup(() => forgetDraft(name))
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '告知书发放' })).assertStatus(201)
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: `${name}.bpmn`, content: serviceTaskBpmn(name) })).assertStatus(200)
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: 'documents/notice.template.json', content: JSON.stringify({ type: '告知书', title: '监督告知书', paper: 'A4', numbering: '〔{year}〕{seq}号', requiredFields: [], seal: { anchor: false } }) })).assertStatus(200)

    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 900 })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.goto(`/admin/drafts/${name}`)
    await shape(page, 'issue').waitFor({ timeout: 60_000 })

    // when: the service task is made a render task and given the template
    await shape(page, 'issue').click()
    const forms = panelGroup(page, 'zhian-forms')
    await forms.getByRole('button', { name: '设为文书生成任务' }).click()
    await forms.getByLabel('文书模板').selectOption('notice')
    assert.equal(await forms.getByRole('link', { name: '编辑模板' }).getAttribute('href'), `/admin/drafts/${name}/documents/notice`)

    // and: the start event gets a new form, made in the panel
    await shape(page, 'started').click()
    await forms.getByRole('button', { name: '新建表单' }).click()
    await forms.getByLabel('表单名称').fill('notice-request')
    await forms.getByLabel('表单标题').fill('告知书申请')
    await forms.getByRole('button', { name: '创建' }).click()
    await page.locator('[data-testid="draft-forms"]').getByRole('link', { name: '告知书申请' }).waitFor()
    assert.equal(await forms.getByLabel('业务表单').inputValue(), `zhian:${name}/notice-request`)

    // and: the process: 企业用户 start it, cases are numbered GZ…
    await page.locator('[data-testid="modeler-canvas"] svg').first().click({ position: { x: 700, y: 600 } })
    const caseGroup = panelGroup(page, 'zhian-case')
    await caseGroup.getByRole('group', { name: '可发起角色' }).getByLabel('企业用户（enterprise_user）').check()
    await caseGroup.getByLabel('办件编号前缀').fill('GZ')
    await page.screenshot({ path: `${SHOTS}/05-case-group.png` })

    // then: leaving through a portal link asks first, and staying keeps the edits
    // (the click returns once the confirm is answered)
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await page.getByRole('link', { name: '流程定义' }).first().click()
    assert.deepEqual(asked, ['流程图有未保存的修改，确定离开吗？'])
    assert.include(page.url(), `/admin/drafts/${name}`)

    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存').waitFor()
    const saved = await client.get(`/api/admin/drafts/${name}`).bearerToken(admin)
    const files: { path: string; content: string }[] = saved.body().files
    const xml = files.find((f) => f.path === `${name}.bpmn`)!.content
    assert.match(xml, /<bpmn:serviceTask id="issue" name="发放告知书" camunda:type="external" camunda:topic="document-render">/)
    assert.include(xml, '<camunda:inputParameter name="template">notice</camunda:inputParameter>')
    assert.include(xml, `camunda:formKey="zhian:${name}/notice-request"`)
    assert.include(xml, 'camunda:candidateStarterGroups="enterprise_user"')
    assert.include(xml, '<camunda:property name="zhian:casePrefix" value="GZ" />')
    assert.deepEqual(JSON.parse(files.find((f) => f.path === 'forms/notice-request.form.json')!.content), { type: 'object', title: '告知书申请', properties: {} })
    assert.deepEqual(problems, [])
  })

  test('处理期限 and 提醒 in 工作日 read ${workCalendar.dueIn(n)} back and write it; switching to 天 writes an ISO duration', async ({ browserContext, client, assert, cleanup }) => {
    // given: a draft whose user task is due in 5 working days (as the engine's work calendar counts them)
    const admin = await tokenFor(client, 'sysadmin')
    const name = `notice-wd-${Date.now().toString(36)}`
    cleanup(() => forgetDraft(name))
    ;(await client.post('/api/admin/drafts').bearerToken(admin).json({ name, title: '监督通知' })).assertStatus(201)
    const task = '<bpmn:userTask id="issue" name="出具监督通知书" camunda:candidateGroups="supervisor" camunda:dueDate="${workCalendar.dueIn(5)}" />'
    ;(await client.put(`/api/admin/drafts/${name}/files`).bearerToken(admin).json({ path: `${name}.bpmn`, content: oneTaskBpmn(name, task) })).assertStatus(200)

    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 1600, height: 900 })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.goto(`/admin/drafts/${name}`)
    await shape(page, 'issue').waitFor({ timeout: 60_000 })

    // when: the task is selected
    await shape(page, 'issue').click()
    const forms = panelGroup(page, 'zhian-forms')
    const due = forms.getByLabel('处理期限', { exact: true })
    const dueUnit = forms.getByLabel('处理期限单位')

    // then: the panel reads 5 工作日, and says how they are counted
    assert.equal(await due.inputValue(), '5')
    assert.equal(await dueUnit.inputValue(), 'WD')
    await forms.getByText('跳过周末和法定节假日').waitFor()
    await page.screenshot({ path: `${SHOTS}/06-working-days.png` })

    // when: the deadline becomes 5 天 and is saved
    const savedXml = async () => {
      // '已保存' stays on screen after the first save: wait for this save's own request instead
      const stored = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/api/admin/drafts/${name}/files`))
      await page.getByTestId('modeler-save').click()
      assert.isTrue((await stored).ok())
      const saved = await client.get(`/api/admin/drafts/${name}`).bearerToken(admin)
      return saved.body().files.find((f: { path: string }) => f.path === `${name}.bpmn`).content as string
    }
    await dueUnit.selectOption('D')

    // then: an ISO duration is written, and the hint is the plain one again
    assert.include(await savedXml(), 'camunda:dueDate="P5D"')
    assert.equal(await forms.getByText('跳过周末和法定节假日').count(), 0)

    // when: the deadline becomes 3 工作日, the reminder 1 工作日
    await due.fill('3')
    await due.press('Tab')
    await dueUnit.selectOption('WD')
    await forms.getByLabel('提醒', { exact: true }).fill('1')
    await forms.getByLabel('提醒', { exact: true }).press('Tab')
    await forms.getByLabel('提醒单位').selectOption('WD')

    // then: the model carries the bean calls Camunda 7 runs with a workCalendar bean
    const xml = await savedXml()
    assert.include(xml, 'camunda:dueDate="${workCalendar.dueIn(3)}"')
    assert.include(xml, 'camunda:followUpDate="${workCalendar.dueIn(1)}"')
    assert.deepEqual(problems, [])
  })
})

/** A drawn process: start → a plain service task → end. */
function serviceTaskBpmn(name: string) {
  return oneTaskBpmn(name, '<bpmn:serviceTask id="issue" name="发放告知书" />')
}

/** A drawn process: start → the given task (its id is "issue") → end. */
function oneTaskBpmn(name: string, task: string) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://zhian.example.cn/test">
  <bpmn:process id="${name}" name="告知书发放" isExecutable="true" camunda:historyTimeToLive="3650">
    <bpmn:startEvent id="started" name="发起" />
    <bpmn:sequenceFlow id="toIssue" sourceRef="started" targetRef="issue" />
    ${task}
    <bpmn:sequenceFlow id="toEnd" sourceRef="issue" targetRef="done" />
    <bpmn:endEvent id="done" name="办结" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram">
    <bpmndi:BPMNPlane id="plane" bpmnElement="${name}">
      <bpmndi:BPMNShape id="started_di" bpmnElement="started"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="issue_di" bpmnElement="issue"><dc:Bounds x="260" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="done_di" bpmnElement="done"><dc:Bounds x="452" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="toIssue_di" bpmnElement="toIssue"><di:waypoint x="188" y="120" /><di:waypoint x="260" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="toEnd_di" bpmnElement="toEnd"><di:waypoint x="360" y="120" /><di:waypoint x="452" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`
}
