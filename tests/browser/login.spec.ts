import { test } from '@japa/runner'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'

test.group('portal login in a real browser', () => {
  test('a demo supervisor logs in and sees the shell with their station and a supervisor’s menu', async ({ visit, assert }) => {
    const page = await visit('/login')
    const problems: string[] = []
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await page.assertTextContains('body', '质安智监')
    await page.locator('input[name="username"]').fill('hp.supervisor')
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
    await page.locator('[data-testid="login-submit"]').click()

    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('[data-testid="current-user"]', '和平区质监站监督员')
    await page.assertTextContains('[data-testid="current-user"]', '沈阳市和平区建设工程质量监督站')
    // the menu follows the roles: a supervisor works an inbox and the projects, starts the station's own
    // processes (警示谈话 and the like), and has no enterprise menus
    await page.assertTextContains('[data-testid="nav-item-inbox"]', '待办事项')
    await page.assertTextContains('[data-testid="nav-item-projects"]', '工程项目')
    await page.assertTextContains('[data-testid="nav-item-start"]', '发起办理')
    assert.equal(await page.locator('[data-testid="nav-item-organization"]').count(), 0)
    assert.deepEqual(problems, [])
  })

  test('a wrong password shows the Chinese error on the form', async ({ visit }) => {
    const page = await visit('/login')
    await page.locator('input[name="username"]').fill('hp.supervisor')
    await page.locator('input[name="password"]').fill('wrong-password')
    await page.locator('[data-testid="login-submit"]').click()
    await page.assertTextContains('body', '用户名或密码错误')
  })
})
