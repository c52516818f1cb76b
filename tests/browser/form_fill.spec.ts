import { mkdir } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { formItem, signIn } from '#tests/helpers/browser'
import { deployTestForm } from '#tests/helpers/uploads'

const SHOTS = 'tmp/screenshots'
let formUrl = ''

const item = formItem

test.group('filling a form in a real browser', (group) => {
  group.setup(async () => {
    formUrl = `/forms/${encodeURIComponent(await deployTestForm('upload-test'))}`
    await mkdir(SHOTS, { recursive: true })
  })

  test('a sub-table row and an attachment whose upload is paused, resumed and finished; the server’s verdict shows at the field', async ({ browserContext, assert }) => {
    const page = await browserContext.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'hongji.user')
    await page.goto(formUrl)
    // the first visit may wait for Vite to pre-bundle formily and antd-mobile
    await page.locator('[data-testid="form-pc"]').waitFor({ timeout: 90_000 })

    // given: a slow uplink, so the upload can be caught half-way
    const cdp = await browserContext.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 200 * 1024 })

    // when: the user fills the form, adds a row and picks a PDF
    await item(page, '检查标题').locator('input').fill('三号楼主体结构检查')
    await page.getByText('添加检查项').click()
    await page.locator('.ant-table-row input').first().fill('钢筋保护层厚度')
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(900_000)])
    await page.locator('[data-testid="upload-report"] [data-testid="upload-input"]').setInputFiles({ name: '检测报告.pdf', mimeType: 'application/pdf', buffer: pdf })

    // then: it can be paused mid-way, shows its rate, and resumes to the end
    await page.locator('[data-testid="upload-rate"]').filter({ hasText: 'KB/s' }).waitFor()
    // pause once a few hundred KB are through, well before the end
    const rate = page.locator('[data-testid="upload-rate"]')
    await rate.filter({ hasText: /^[2-6]\d\d KB \// }).waitFor()
    await page.locator('[data-testid="upload-pause"]').click()
    await page.locator('[data-testid="upload-rate"]').filter({ hasText: '已暂停' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/form-upload-paused.png`, fullPage: true })
    const pausedAt = await page.locator('[data-testid="upload-rate"]').textContent()
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    await page.locator('[data-testid="upload-resume"]').click()
    await page.locator('[data-testid="upload-report"] [data-testid="upload-done"]').waitFor({ timeout: 30_000 })
    assert.notInclude(pausedAt!, '879 KB / 879 KB')

    // the server's findings land on their fields: the first answer stands for a verdict only the server can reach
    // (e.g. a duplicate title), the second is the real forms API on this session, which must accept the form
    const sent: unknown[] = []
    const statuses: number[] = []
    await page.route('**/api/forms/**/validate', async (route) => {
      sent.push(route.request().postDataJSON())
      if (sent.length === 1) {
        await route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ errors: [{ path: 'title', message: '该标题已被另一份检查记录使用' }] }) })
        return
      }
      const response = await route.fetch()
      statuses.push(response.status())
      await route.fulfill({ response })
    })
    await page.locator('[data-testid="form-submit"]').click()
    await item(page, '检查标题').getByText('该标题已被另一份检查记录使用').waitFor()
    await page.screenshot({ path: `${SHOTS}/form-server-error.png`, fullPage: true })
    await item(page, '检查标题').locator('input').fill('三号楼主体结构检查（复查）')
    await page.locator('[data-testid="form-submit"]').click()
    await page.locator('[data-testid="submit-result"]').filter({ hasText: '校验通过' }).waitFor()
    assert.deepEqual(statuses, [204])

    const { value: data } = sent[1] as { value: { title: string; report: { name: string; sha256: string }[]; items: Record<string, unknown>[] } }
    assert.equal(data.report[0].name, '检测报告.pdf')
    assert.lengthOf(data.report[0].sha256, 64)
    // no ArrayTable row index in the submitted rows
    assert.deepEqual(data.items, [{ photo: [], content: '钢筋保护层厚度' }])

    // the typing was autosaved as the user's draft on the server, each save a revision
    await page.locator('[data-testid="draft-status"]').filter({ hasText: /^草稿已自动保存于/ }).waitFor()
    const user = await db.from('users').where('username', 'hongji.user').firstOrFail()
    const drafts = await db.from('form_submissions').where({ author_id: user.id, status: 'draft' }).orderBy('id', 'desc')
    assert.isAbove(drafts.length, 0)
    const revisions = await db.from('form_submission_revisions').where('submission_id', drafts[0].id)
    assert.isAbove(revisions.length, 0)
    assert.deepEqual(problems, [])
  })

  test('at 390×844 the same form renders with antd-mobile', async ({ browserContext, assert }) => {
    const page = await browserContext.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    await signIn(page, 'hongji.user')
    await page.goto(formUrl)
    await page.locator('[data-testid="form-mobile"]').waitFor({ timeout: 90_000 })
    await page.getByText('添加一项').click()
    await page.locator('[data-testid="form-submit"]').click()
    await page.locator('[data-testid="mobile-error"]').first().waitFor()
    await page.screenshot({ path: `${SHOTS}/form-mobile.png`, fullPage: true })

    assert.isAbove(await page.locator('.adm-list-item').count(), 3)
    assert.equal(await page.locator('[data-testid="form-pc"]').count(), 0)
    assert.include(await page.locator('[data-testid="mobile-array"]').textContent(), '检查项 第 1 项')
  })
})
