import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { tokenFor } from '#tests/helpers/api'
import { signIn } from '#tests/helpers/browser'
import { deployReview, startCase } from '../functional/inbox/helpers.js'

test.group('inbox and task page in a real browser', () => {
  test('[5.2.2-01-01] a supervisor opens a review from 待办 and returns it with a reason', async ({ visit, client, assert }) => {
    // given
    const worker = await tokenFor(client, 'worker')
    await deployReview(client, worker)
    const title = `浏览器驳回测试${Date.now().toString(36)}`
    const { taskId, instanceId } = await startCase(client, worker, { title })
    const page = await visit('/login')
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await signIn(page, 'hp.supervisor')

    // when: the row is found by its title and opened
    await page.goto('/inbox')
    const search = page.locator('input[data-testid="inbox-search"], [data-testid="inbox-search"] input').first()
    await search.fill(title)
    await search.press('Enter')
    await page.locator('[data-testid="inbox-row"]', { hasText: title }).click()
    await page.waitForURL((url) => url.pathname === `/tasks/${taskId}`)
    await page.locator('[data-testid="process-diagram"]').waitFor()
    await page.locator('[data-testid="action-return"]').click()
    await page.locator('[data-testid="return-reason"]').fill('施工许可证扫描件不清晰')
    await page.locator('[data-testid="action-confirm"]').click()

    // then
    await page.waitForURL((url) => url.pathname === '/inbox')
    const open = await db.from('engine_tasks').where('process_instance_id', instanceId).firstOrFail()
    assert.equal(open.task_definition_key, 'correct')
    assert.deepEqual(problems, [])
  }).timeout(60_000)
})
