import { mkdir, writeFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import type { Page } from 'playwright'
import { verifyPdf } from '#documents'
import { WorkerHost } from '#services/engine/workers/worker_host'
import { TOPICS } from '#services/engine/workers/topics'
import { actor, formItem, openTaskFromInbox } from '#tests/helpers/browser'
import { eventually } from '#tests/helpers/eventually'
import { poppler } from '#tests/helpers/pdf'
import { deployProjectFiling, forgetCase, sampleFiling } from '../functional/cases/helpers.js'

const SHOTS = 'tmp/screenshots/project-filing'
const FORM_KEY = 'zhian:project-filing/filing'
const PROJECT_CODE = '2026-210102-47-01-990001'

/** A minimal PDF standing in for the scanned 施工许可证 (the upload sniffs its magic bytes). */
const PERMIT_PDF = Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

test.group('项目报监 end to end in a real browser', (group) => {
  let host: WorkerHost
  group.setup(async () => {
    await mkdir(SHOTS, { recursive: true })
    await deployProjectFiling()
    host = new WorkerHost({ baseUrl: `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`, asyncResponseTimeout: 5000, topics: { 'filing-accept': TOPICS['filing-accept'], 'document-render': TOPICS['document-render'] } })
    await host.start()
    return () => host.stop()
  })

  test('[5.2.2-01-01] [5.2.2-08-01] [5.3.2-03-01] file, return, resubmit, accept, assign, download the signed notice, sign in to the briefing by phone', async ({ browserContext, assert, cleanup }) => {
    const browser = () => browserContext.browser()

    // —— the enterprise files: the device draft restores the form, the permit PDF is uploaded, 暂存, 提交 ——
    const filer = await actor(browser, 'chengjian.user')
    const { page } = filer
    await page.locator('[data-testid="nav-item-start"]').click()
    await page.locator('[data-testid="start-process-project-filing"]').click()
    await page.waitForURL(/\/workspace\/start\/project-filing/)
    const { permitFiles, safetyCommitment, ...filled } = await sampleFiling({ projectCode: PROJECT_CODE })
    void permitFiles
    void safetyCommitment
    // what the user typed yesterday on this device (use_draft keeps it there): the page restores it on load
    await page.evaluate(([key, value]) => localStorage.setItem(`zhian:draft:${key}`, JSON.stringify({ value })), [FORM_KEY, filled] as const)
    await page.reload()
    await page.locator('[data-testid="form-pc"]').waitFor({ timeout: 90_000 })
    await formItem(page, '工程名称').locator('input').fill('沈阳市和平区南京南街商住楼项目（一期）')
    await shot(page, '0-filing-restored')
    for (const [field, name] of [['permitFiles', '施工许可证.pdf'], ['safetyCommitment', '安全生产承诺书.pdf']] as const) {
      await page.locator(`[data-testid="upload-${field}"] [data-testid="upload-input"]`).setInputFiles({ name, mimeType: 'application/pdf', buffer: PERMIT_PDF })
      await page.locator(`[data-testid="upload-${field}"] [data-testid="upload-done"]`).waitFor({ timeout: 30_000 })
    }
    await page.locator('[data-testid="save-draft"]').click()
    await page.locator('[data-testid="draft-status"]').filter({ hasText: '草稿已保存于' }).waitFor()
    const filerId = (await db.from('users').where('username', 'chengjian.user').firstOrFail()).id
    const draft = await db.from('form_submissions').where({ author_id: filerId, form_key: FORM_KEY, status: 'draft' }).orderBy('id', 'desc').firstOrFail()
    assert.include(draft.value, '南京南街商住楼项目（一期）')
    await shot(page, '1-filing-draft')
    await page.locator('[data-testid="start-submit"]').click()
    await page.waitForURL(/\/cases\/\d+$/, { timeout: 30_000 })
    const caseId = Number(new URL(page.url()).pathname.split('/').pop())
    const filed = await db.from('process_cases').where('id', caseId).firstOrFail()
    cleanup(() => forgetCase(filed.process_instance_id))
    assert.equal((await db.from('form_submissions').where('id', draft.id).firstOrFail()).status, 'submitted')
    await page.locator('[data-testid="case-pending"]').filter({ hasText: '受理审查' }).waitFor()
    await shot(page, '2-case-filed')

    // —— the station finds it in the inbox and returns it with a reason ——
    const station = await actor(browser, 'hp.supervisor')
    await openTaskFromInbox(station.page, filed.case_no, '受理审查')
    await shot(station.page, '3-review-task')
    // the application is shown read only, dictionary values by their labels
    await formItem(station.page, '所在区县').filter({ hasText: '沈阳市和平区' }).waitFor()
    // the station opens the permit the enterprise uploaded (inline PDF preview)
    const permitHref = await station.page.locator('[data-testid="attachments"] a').filter({ hasText: '施工许可证.pdf' }).first().getAttribute('href')
    const preview = await station.page.request.get(permitHref!)
    assert.equal(preview.status(), 200)
    assert.include(preview.headers()['content-type'], 'application/pdf')
    assert.deepEqual((await preview.body()).subarray(0, 5), Buffer.from('%PDF-'))
    await station.page.locator('[data-testid="action-return"]').click()
    await station.page.locator('[data-testid="return-reason"]').fill('施工许可证扫描件不清晰，请重新上传')
    await station.page.locator('[data-testid="action-confirm"]').click()
    await station.page.waitForURL(/\/inbox/, { timeout: 30_000 })

    // —— the enterprise sees the reason, corrects and resubmits ——
    await openTaskFromInbox(page, filed.case_no, '补正报监资料')
    await page.getByText('施工许可证扫描件不清晰，请重新上传').first().waitFor()
    await formItem(page, '备注').locator('textarea').fill('已重新上传清晰的施工许可证扫描件')
    await page.locator('[data-testid="action-submit"]').click()
    await page.waitForURL(/\/inbox/, { timeout: 30_000 })

    // —— the chief accepts and assigns two supervisors ——
    const chief = await actor(browser, 'hp.chief')
    await openTaskFromInbox(chief.page, filed.case_no, '受理审查')
    await chief.page.locator('[data-testid="action-approve"]').click()
    await chief.page.waitForURL(/\/inbox/, { timeout: 30_000 })
    await openTaskFromInbox(chief.page, filed.case_no, '指派监督人员')
    // the assignment form (the application above it is shown read only)
    const assignForm = chief.page.locator('[data-testid="task-form"]')
    const team = assignForm.locator('.ant-formily-item').filter({ hasText: '监督人员' }).first()
    for (const name of ['和平区质监站站长', '和平区质监站监督员']) {
      await team.locator('.ant-select-selector').click()
      await chief.page.keyboard.type(name.slice(0, 6))
      await chief.page.locator('.ant-select-item-option').filter({ hasText: name }).first().click()
    }
    await chief.page.keyboard.press('Escape')
    await assignForm.locator('.ant-formily-item').filter({ hasText: '工程风险等级' }).first().locator('.ant-select-selector').click()
    await chief.page.locator('.ant-select-item-option').filter({ hasText: '重大风险' }).click()
    await assignForm.getByText('添加一行').click()
    const row = assignForm.locator('.ant-table-row').first()
    await row.locator('input').nth(0).fill('基础施工阶段')
    await row.locator('input').nth(1).fill('2026年12月—2027年3月')
    await row.locator('input').nth(2).fill('基坑支护与降水、土方开挖')
    await row.locator('.ant-select-selector').click()
    await chief.page.locator('.ant-select-item-option').filter({ hasText: '抽查' }).last().click()
    await shot(chief.page, '4-assign-task')
    await chief.page.locator('[data-testid="action-approve"]').click()
    await chief.page.waitForURL(/\/inbox/, { timeout: 30_000 })

    // —— the workers register the project and issue the documents; the enterprise downloads the signed notice ——
    await eventually('the briefing task', async () => (await db.from('engine_tasks').where({ process_instance_id: filed.process_instance_id, task_definition_key: 'briefing' }).first()) ?? undefined, 60_000)
    await page.goto(`/cases/${caseId}`)
    const notice = page.locator('[data-testid="case-documents"] tr, [data-testid="case-documents"] .ant-list-item').filter({ hasText: '监督受理通知书' }).first()
    await notice.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), notice.locator('[data-testid="document-download"]').click()])
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray())
    await writeFile(`${SHOTS}/监督受理通知书.pdf`, bytes)
    const verdict = await verifyPdf(bytes)
    assert.isTrue(verdict.isValid)
    assert.equal(verdict.signerName, '沈阳市和平区建设工程质量监督站')
    assert.match((await poppler('pdfsig', bytes)).stdout, /Signature is Valid/)
    await shot(page, '5-case-documents')
    const verifyHref = await notice.locator('[data-testid="document-verify-link"]').getAttribute('href')
    await page.goto(verifyHref!)
    await page.getByText('有效').first().waitFor()
    await shot(page, '6-verify')

    // —— the supervisor opens the briefing and shows its QR code; an attendee signs in through it on a phone ——
    await openTaskFromInbox(station.page, filed.case_no, '监督交底')
    await station.page.locator('[data-testid="sign-in-qr"] svg.verify-qr').waitFor()
    await shot(station.page, '7-briefing-qr')
    const link = new URL((await station.page.locator('[data-testid="sign-in-link"]').getAttribute('href'))!)
    const phoneContext = await browser()!.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL: `http://${env.get('HOST')}:${env.get('PORT')}` })
    const phone = await phoneContext.newPage()
    await phone.goto(link.pathname + link.search)
    await phone.locator('[data-testid="sign-in-meeting"]').filter({ hasText: filed.case_no }).waitFor()
    await phone.locator('[data-testid="sign-in-name"]').fill('张伟')
    await phone.locator('[data-testid="sign-in-organizationName"]').fill('辽宁宏基建设集团有限公司')
    await phone.locator('[data-testid="sign-in-position"]').fill('项目经理')
    await phone.locator('[data-testid="sign-in-mobile"]').fill('13700001111')
    await phone.locator('[data-testid="sign-in-submit"]').click()
    await phone.locator('[data-testid="sign-in-done"]').waitFor()
    await phone.screenshot({ path: `${SHOTS}/8-briefing-sign-in-phone.png`, fullPage: true })
    await station.page.reload()
    await station.page.locator('[data-testid="sign-in-attendees"]').filter({ hasText: '张伟' }).waitFor()
    const signIns = await db.from('briefing_sign_ins').where('case_id', caseId)
    assert.deepEqual(signIns.map((s) => s.name), ['张伟'])

    // the timeline tells the whole story, and no page threw
    const actions = (await db.from('case_actions').where('case_id', caseId).orderBy('id')).map((a) => a.action)
    assert.includeMembers(actions, ['start', 'return', 'submit', 'approve', 'document', 'sign_in'])
    assert.deepEqual([...filer.problems, ...station.problems, ...chief.problems], [])
  }).timeout(300_000)
})
