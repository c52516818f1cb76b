import { test } from '@japa/runner'
import env from '#start/env'
import { signIn } from '#tests/helpers/browser'
import { deployProjectFiling } from '../functional/cases/helpers.js'

test.group('流程定义 in a real browser', (group) => {
  group.setup(() => deployProjectFiling())

  test('the system administrator lists the processes, exports a version and imports it back unchanged', async ({ browserContext, assert }) => {
    const page = await browserContext.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'sysadmin')
    await page.locator('[data-testid="nav-item-definitions"]').click()
    await page.waitForURL(/\/admin\/definitions/)
    const row = page.locator('[data-testid="definition-table"] tr').filter({ hasText: '项目报监（project-filing）' }).first()
    await row.waitFor({ timeout: 60_000 })
    await row.locator('.ant-table-row-expand-icon').click()
    const exportLink = page.locator('[data-testid="definition-export"]').first()
    const href = await exportLink.getAttribute('href')
    const zip = await page.request.get(`http://${env.get('HOST')}:${env.get('PORT')}${href}`)
    assert.equal(zip.status(), 200)
    const bytes = await zip.body()
    assert.deepEqual(bytes.subarray(0, 2), Buffer.from('PK'))

    await page.locator('[data-testid="definition-import"]').locator('xpath=ancestor::span[contains(@class,"ant-upload")]').locator('input[type="file"]').setInputFiles({ name: 'project-filing.zip', mimeType: 'application/zip', buffer: bytes })
    await page.getByText('与已部署的版本相同，无需重新部署').waitFor()
    await page.screenshot({ path: 'tmp/screenshots/definitions.png', fullPage: true })
    assert.deepEqual(problems, [])
  })
})
