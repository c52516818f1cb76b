import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { deploy, startInstance } from '#engine'
import { documentRendering, issuedDocumentPdf, renderDocumentTask } from '#documents'
import { appEngine } from '#services/engine/engine'
import clock from '#services/clock'
import { poppler } from '#tests/helpers/pdf'

const STATION = '沈阳市和平区建设工程质量监督站'
const TEMPLATE = 'warning-talk-record'
const squash = (text: string) => text.replace(/\s+/g, '')

/** A process whose render task waits for the worker: issue 警示约谈记录, then review. */
function talkProcess(key: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_${key}" targetNamespace="http://zhian.test">
  <bpmn:process id="${key}" name="警示约谈" isExecutable="true">
    <bpmn:startEvent id="start" />
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="issueRecord" />
    <bpmn:serviceTask id="issueRecord" name="生成约谈记录" camunda:type="external" camunda:topic="document-render">
      <bpmn:extensionElements>
        <camunda:inputOutput><camunda:inputParameter name="template">${TEMPLATE}</camunda:inputParameter></camunda:inputOutput>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="f1" sourceRef="issueRecord" targetRef="review" />
    <bpmn:userTask id="review" name="审阅" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="done" />
    <bpmn:endEvent id="done" />
  </bpmn:process>
</bpmn:definitions>`
}

/** The folder as the template editor saves it: the BPMN and the template's two files, `words` in its body. */
function folder(key: string, words: string) {
  const source = `{{#> official-document}}\n<p class="recipient">{{recipient}}：</p>\n<p>${words}：{{subject}}</p>\n{{> signature-block}}\n{{/official-document}}\n`
  const manifest = { type: '警示约谈记录', title: '警示约谈记录', paper: 'A4', numbering: '沈和质监谈〔{year}〕{seq}号', requiredFields: ['recipient', 'subject', 'issueDate'], seal: { anchor: true } }
  return [
    { name: `${key}.bpmn`, content: talkProcess(key) },
    { name: `documents/${TEMPLATE}.hbs`, content: source },
    { name: `documents/${TEMPLATE}.template.json`, content: JSON.stringify(manifest) },
  ]
}

/** What the document-render worker does with the instance's external task (a fresh task id: each call is a new document). */
async function issueFor(processInstanceId: string, template = TEMPLATE, data: Record<string, unknown> = {}) {
  const station = await db.from('organizations').where('name', STATION).firstOrFail()
  const variables = { template, issuerOrgId: station.id, recipient: '辽宁宏基建设集团有限公司', subject: '塔吊司机未持证上岗', issueDate: '2026-01-15', ...data }
  const issued = await renderDocumentTask({ id: randomUUID(), processInstanceId, businessKey: null, variables }, { rendering: documentRendering(), verifyBaseUrl: 'https://zhian.example.cn', now: clock.now() })
  return squash((await poppler('pdftotext', (await issuedDocumentPdf(issued.documentId))!)).stdout)
}

test.group('documents print with the template deployed with their process version', () => {
  test('[5.2.2-08-08] a running v1 instance keeps v1\'s template after v2 is deployed; v2 instances print v2\'s, with no restart', async ({ assert, cleanup }) => {
    // given: v1 of a process folder with its own 警示约谈记录, and an instance of it at the render task
    const key = `warningTalk${Date.now().toString(36)}`
    const name = `warning-talk-${Date.now().toString(36)}`
    const engine = appEngine()
    const v1 = await engine.execute(deploy, { name, source: 'test', resources: folder(key, '第一版约谈意见') })
    const first = await engine.execute(startInstance, { definitionId: v1.definitions[0].id })
    const instances = [first.id]
    cleanup(async () => {
      await db.from('issued_documents').whereIn('process_instance_id', instances).delete()
    })

    // when: it issues, then v2 with changed wording is deployed and both versions issue
    const beforeV2 = await issueFor(first.id)
    const v2 = await engine.execute(deploy, { name, source: 'test', resources: folder(key, '第二版约谈意见') })
    const second = await engine.execute(startInstance, { definitionId: v2.definitions[0].id })
    instances.push(second.id)
    const v1AfterV2 = await issueFor(first.id)
    const v2Text = await issueFor(second.id)

    // then
    assert.equal(v2.definitions[0].version, 2)
    assert.include(beforeV2, '第一版约谈意见：塔吊司机未持证上岗')
    assert.include(beforeV2, '2026年1月15日')
    assert.include(v1AfterV2, '第一版约谈意见')
    assert.notInclude(v1AfterV2, '第二版约谈意见')
    assert.include(v2Text, '第二版约谈意见：塔吊司机未持证上岗')
    assert.match(v2Text, /沈和质监谈〔\d{4}〕\d+号/)
  }).timeout(120_000)

  test('a deployment that changed only its BPMN keeps the template of the version before it; a template it does not carry comes from the shipped library; 成文日期 defaults to the day of issue', async ({ assert, cleanup }) => {
    // given: v1 with the template, then v2 deployed changed-only with a renamed step (the template files are left out)
    const key = `warningTalkCo${Date.now().toString(36)}`
    const name = `warning-talk-co-${Date.now().toString(36)}`
    const engine = appEngine()
    await engine.execute(deploy, { name, source: 'test', resources: folder(key, '沿用的约谈意见') })
    const changed = folder(key, '沿用的约谈意见').map((r) => (r.name.endsWith('.bpmn') ? { ...r, content: r.content.replace('name="审阅"', 'name="复核"') } : r))
    const v2 = await engine.execute(deploy, { name, source: 'test', resources: changed, changedOnly: true })
    const instance = await engine.execute(startInstance, { definitionId: v2.definitions[0].id })
    cleanup(async () => {
      await db.from('issued_documents').where('process_instance_id', instance.id).delete()
    })

    // when: the process sets no 成文日期, so the 落款 prints the day of issue
    const own = await issueFor(instance.id, TEMPLATE, { issueDate: undefined })
    const shared = await issueFor(instance.id, 'resume-work-notice', {
      project: { name: '和平区南京南街安置房项目3号住宅楼', filingNumber: '210102202604150012' },
      stopNotice: { title: '局部停工整改通知书', number: '沈和质监停〔2026〕3号', issuedOn: '2026-11-10' },
      appliedOn: '2026-11-18',
      review: { at: '2026-11-20T09:30:00+08:00', inspectors: ['王建国'], conclusion: '整改到位' },
      resumeFrom: '2026-11-25',
      resumeScope: '3号楼主体结构',
    })

    // then
    assert.deepEqual(v2.resources.map((r) => r.name), [`${key}.bpmn`])
    assert.include(own, '沿用的约谈意见')
    const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(clock.now()).split('-').map(Number)
    assert.include(own, `${year}年${month}月${day}日`)
    assert.notInclude(own, '2026年1月15日')
    assert.include(shared, '复工通知书')
    assert.include(shared, '整改到位')
  }).timeout(120_000)
})
