import { mkdir } from 'node:fs/promises'
import { test } from '@japa/runner'
import type { Page } from 'playwright'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { verifyPdf } from '#documents'
import { WorkerHost } from '#services/engine/workers/worker_host'
import { TOPICS } from '#services/engine/workers/topics'
import { actor, formItem, openTaskFromInbox } from '#tests/helpers/browser'
import { eventually } from '#tests/helpers/eventually'
import { poppler } from '#tests/helpers/pdf'
import { forgetCase } from '../functional/cases/helpers.js'
import { talk } from '../functional/admin/warning_talk.js'

const SHOTS = 'tmp/screenshots/no-code-admin'
const TEMPLATE = 'warning-talk-record'

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

// —— the form designer ——
const palette = (page: Page, label: string) => page.getByTestId('designer-palette').getByRole('button', { name: label, exact: true })
const property = (page: Page, label: string) => page.getByTestId('designer-properties').getByLabel(label, { exact: true })

/** Adds a required field from the palette, as the administrator does. */
async function addField(page: Page, type: string, key: string, title: string) {
  await palette(page, type).click()
  await property(page, '字段标识').fill(key)
  await property(page, '标题').fill(title)
  await property(page, '必填').click()
  await page.locator(`[data-field="${key}"]`).filter({ hasText: title }).waitFor()
}

async function saveForm(page: Page) {
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.getByText('已保存').first().waitFor()
}

// —— the modeler ——
const shape = (page: Page, id: string) => page.locator(`.djs-element[data-element-id="${id}"]`)
const padEntry = (page: Page, action: string) => page.locator(`.djs-context-pad [data-action="${action}"]`)
const panelGroup = (page: Page, id: string) => page.locator(`[data-group-id="group-${id}"]`)
const selectedId = (page: Page) => page.locator('#bio-properties-panel-id').inputValue()
const blankCanvas = (page: Page) => page.locator('[data-testid="modeler-canvas"] svg').first().click({ position: { x: 500, y: 500 } })

/** Appends a task to the selected element, names it, selects it and turns it into `kind` (user-task, service-task). */
async function appendTask(page: Page, name: string, kind: string): Promise<string> {
  await padEntry(page, 'append.append-task').click()
  await page.keyboard.type(name)
  await blankCanvas(page)
  await page.locator('.djs-element.djs-shape').filter({ hasText: name }).click()
  const id = await selectedId(page)
  await padEntry(page, 'replace').click()
  await page.locator(`.djs-popup [data-id="replace-with-${kind}"]`).click()
  await panelGroup(page, 'zhian-forms').waitFor()
  return id
}

async function deploy(page: Page, version: number) {
  await page.getByRole('button', { name: '部署', exact: true }).click()
  await page.getByText(new RegExp(`已部署.*第 ${version} 版`)).first().waitFor({ timeout: 30_000 })
}

// —— the supervisor ——
async function startTalk(page: Page, name: string, value: Record<string, string>): Promise<{ caseId: number; caseNo: string; processInstanceId: string }> {
  await page.goto('/workspace/start')
  await page.locator(`[data-testid="start-process-${name}"]`).click()
  await page.locator('[data-testid="form-pc"]').waitFor({ timeout: 90_000 })
  const date = formItem(page, '时间').locator('input')
  await date.click()
  await date.fill(value.talkAt)
  await date.press('Enter')
  for (const [title, key] of [['地点', 'place'], ['记录人', 'recorder'], ['告诫人', 'warner'], ['被告诫人', 'warned'], ['见证人', 'witness']] as const) {
    if (value[key]) await formItem(page, title).locator('input').fill(value[key])
  }
  for (const [title, key] of [['原因', 'reason'], ['内容', 'content']] as const) await formItem(page, title).locator('textarea').fill(value[key])
  await page.locator('[data-testid="start-submit"]').click()
  await page.waitForURL(/\/cases\/\d+$/, { timeout: 30_000 })
  const caseId = Number(new URL(page.url()).pathname.split('/').pop())
  const row = await db.from('process_cases').where('id', caseId).firstOrFail()
  return { caseId, caseNo: row.case_no, processInstanceId: row.process_instance_id }
}

async function approveReview(page: Page, caseNo: string, opinion: string) {
  await openTaskFromInbox(page, caseNo, '审核谈话记录')
  await page.locator('[data-testid="task-form"] .ant-formily-item').filter({ hasText: '审核意见' }).first().locator('textarea').fill(opinion)
  await page.locator('[data-testid="action-approve"]').click()
  await page.waitForURL(/\/inbox/, { timeout: 30_000 })
}

/** Downloads the case's signed record from its page, once the render worker has issued it; answers its bytes and text. */
async function downloadRecord(page: Page, started: { caseId: number; processInstanceId: string }) {
  await eventually('the 警示谈话记录', async () => (await db.from('issued_documents').where('process_instance_id', started.processInstanceId).first()) ?? undefined, 60_000)
  await page.goto(`/cases/${started.caseId}`)
  const record = page.locator('[data-testid="case-documents"] tr, [data-testid="case-documents"] .ant-list-item').filter({ hasText: '警示谈话记录' }).first()
  await record.waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), record.locator('[data-testid="document-download"]').click()])
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray())
  return { bytes, text: (await poppler('pdftotext', bytes)).stdout.replace(/\s+/g, '') }
}

test.group('No-code administration in a real browser: 警示谈话登记', (group) => {
  let host: WorkerHost
  group.setup(async () => {
    await mkdir(SHOTS, { recursive: true })
    host = new WorkerHost({ baseUrl: `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`, asyncResponseTimeout: 5000, topics: { 'document-render': TOPICS['document-render'] } })
    await host.start()
    return () => host.stop()
  })

  test('[5.1.3-01-01] [5.1.3-03-01] the administrator builds, deploys and versions 警示谈话登记 in the browser; a supervisor starts it, completes it and downloads the signed record; a version-1 case finishes on version 1', async ({ browserContext, assert, cleanup }) => {
    const browser = () => browserContext.browser()
    const name = `warning-talk-${Date.now().toString(36)}`
    cleanup(async () => {
      await db.from('definition_drafts').where('name', name).delete()
    })

    // —— 新建流程 from 流程定义 ——
    const admin = await actor(browser, 'sysadmin', { width: 1600, height: 1000 })
    const { page } = admin
    await page.locator('[data-testid="nav-item-definitions"]').click()
    await page.getByRole('button', { name: '新建流程' }).click()
    await page.getByLabel('流程名称').fill('警示谈话登记')
    await page.getByLabel('流程标识').fill(name)
    await page.getByRole('button', { name: '创建并设计' }).click()
    await page.waitForURL(new RegExp(`/admin/drafts/${name}$`))
    await shape(page, 'started').waitFor({ timeout: 90_000 })

    // —— the start form: 时间、地点、记录人、告诫人、被告诫人、原因、内容 ——
    await page.goto(`/admin/drafts/${name}/forms/start`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })
    await page.locator('[data-field="subject"]').getByRole('button', { name: '删除' }).click()
    await page.locator('[data-field="subject"]').waitFor({ state: 'detached' })
    await addField(page, '日期', 'talkAt', '时间')
    for (const [key, title] of [['place', '地点'], ['recorder', '记录人'], ['warner', '告诫人'], ['warned', '被告诫人']]) await addField(page, '单行文本', key, title)
    await addField(page, '多行文本', 'reason', '原因')
    await addField(page, '多行文本', 'content', '内容')
    await shot(page, '1-start-form')
    await saveForm(page)

    // —— the review form ——
    await page.goto(`/admin/drafts/${name}/forms/review`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })
    await addField(page, '多行文本', 'opinion', '审核意见')
    await saveForm(page)

    // —— the 警示谈话记录 template, previewed live ——
    await page.goto(`/admin/drafts/${name}/documents/${TEMPLATE}`)
    await page.getByLabel('文书类型').fill('警示谈话记录')
    await page.getByLabel('标题').fill('警示谈话记录')
    await page.getByLabel('文号格式').fill('沈和质监谈〔{year}〕{seq}号')
    await page.getByLabel('模板源码').fill(recordSource(false))
    await page.locator('[data-testid="template-preview-frame"][src]').waitFor({ timeout: 60_000 })
    await shot(page, '2-template')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存到草稿').waitFor()

    // —— the process: 登记 → 审核谈话记录 (监督员) → 出具警示谈话记录 → 办结 ——
    await page.goto(`/admin/drafts/${name}`)
    await shape(page, 'started').waitFor({ timeout: 90_000 })
    await shape(page, 'toEnd').click({ force: true })
    await padEntry(page, 'delete').click()
    await shape(page, 'done').click()
    await padEntry(page, 'delete').click()
    await shape(page, 'started').click()
    await appendTask(page, '审核谈话记录', 'user-task')
    const forms = panelGroup(page, 'zhian-forms')
    await forms.getByLabel('业务表单').selectOption(`zhian:${name}/review`)
    await forms.getByRole('group', { name: '候选组' }).getByLabel('监督员（supervisor）').check()
    await forms.getByRole('group', { name: '可用操作' }).getByLabel('通过').check()
    await forms.getByLabel('处理期限', { exact: true }).fill('3')
    await forms.getByLabel('处理期限', { exact: true }).press('Tab')
    await appendTask(page, '出具警示谈话记录', 'service-task')
    await forms.getByRole('button', { name: '设为文书生成任务' }).click()
    await forms.getByLabel('文书模板').selectOption(TEMPLATE)
    await padEntry(page, 'append.end-event').click()
    await blankCanvas(page)
    const caseGroup = panelGroup(page, 'zhian-case')
    await caseGroup.getByRole('group', { name: '可发起角色' }).getByLabel('监督员（supervisor）').check()
    await caseGroup.getByLabel('办件标题字段').selectOption('warned')
    await shot(page, '3-modeler')
    await deploy(page, 1)

    // —— the supervisor starts two talks on version 1 and completes the first ——
    const supervisor = await actor(browser, 'hp.supervisor')
    const first = await startTalk(supervisor.page, name, talk)
    cleanup(() => forgetCase(first.processInstanceId))
    const second = await startTalk(supervisor.page, name, { ...talk, warned: '海湾建设项目经理' })
    cleanup(() => forgetCase(second.processInstanceId))
    await approveReview(supervisor.page, first.caseNo, '记录属实')
    const record1 = await downloadRecord(supervisor.page, first)
    await shot(supervisor.page, '4-case-with-record')
    const verdict = await verifyPdf(record1.bytes)
    assert.isTrue(verdict.isValid)
    assert.equal(verdict.signerName, '沈阳市和平区建设工程质量监督站')
    assert.match((await poppler('pdfsig', record1.bytes)).stdout, /Signature is Valid/)
    assert.include(record1.text, '被告诫人：宏基建设项目经理张建国')
    assert.include(record1.text, '审核意见：记录属实')

    // —— the administrator adds 见证人 and deploys version 2 ——
    await page.goto(`/admin/drafts/${name}/forms/start`)
    await page.getByTestId('form-designer').waitFor({ timeout: 90_000 })
    await addField(page, '单行文本', 'witness', '见证人')
    await saveForm(page)
    await page.goto(`/admin/drafts/${name}/documents/${TEMPLATE}`)
    await page.getByLabel('模板源码').fill(recordSource(true))
    const sample = page.getByLabel('示例数据')
    await sample.fill(JSON.stringify({ ...JSON.parse(await sample.inputValue()), witness: '（见证人）' }, null, 2))
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('已保存到草稿').waitFor()
    await page.goto(`/admin/drafts/${name}`)
    await shape(page, 'started').waitFor({ timeout: 90_000 })
    await deploy(page, 2)

    // —— the version-1 case still completes, on version 1; a new case shows 见证人 and prints it ——
    await approveReview(supervisor.page, second.caseNo, '同意')
    const record2 = await downloadRecord(supervisor.page, second)
    assert.include(record2.text, '被告诫人：海湾建设项目经理')
    assert.notInclude(record2.text, '见证人')
    const third = await startTalk(supervisor.page, name, { ...talk, witness: '监理单位总监王海涛' })
    cleanup(() => forgetCase(third.processInstanceId))
    await approveReview(supervisor.page, third.caseNo, '同意')
    const record3 = await downloadRecord(supervisor.page, third)
    assert.include(record3.text, '见证人：监理单位总监王海涛')
    const definitions = await db.from('process_cases').whereIn('id', [first.caseId, second.caseId, third.caseId]).orderBy('id').select('definition_id')
    assert.deepEqual(definitions.map((d) => String(d.definition_id).split(':')[1]), ['1', '1', '2'])
    assert.deepEqual([...admin.problems, ...supervisor.problems], [])
  }).timeout(600_000)
})

/** The record's template as the administrator types it; version 2 prints the witness. */
function recordSource(withWitness: boolean): string {
  return [
    '{{#> official-document}}',
    '<p>时间：{{date talkAt}}　地点：{{place}}</p>',
    '<p>告诫人：{{warner}}　被告诫人：{{warned}}　记录人：{{recorder}}</p>',
    ...(withWitness ? ['<p>见证人：{{witness}}</p>'] : []),
    '<p>谈话原因：{{reason}}</p>',
    '<p>谈话内容：{{content}}</p>',
    '<p>审核意见：{{opinion}}</p>',
    '{{> signature-block}}',
    '{{/official-document}}',
  ].join('\n')
}
