import type { BrowserContext, Page } from 'playwright'
import env from '#start/env'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'

/** Signs a demo account in through the login page, as a person would. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login')
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('[data-testid="login-submit"]').click()
  await page.waitForURL((url) => url.pathname === '/')
}

/** A formily field's item by its label. */
export const formItem = (page: Page, title: string) => page.locator('.ant-formily-item').filter({ hasText: title }).first()

/** A fresh signed-in page of its own browser context (each actor has their own cookies); `problems` collects page errors. */
export async function actor(browser: BrowserContext['browser'], username: string, viewport = { width: 1366, height: 900 }) {
  const context = await browser()!.newContext({ viewport, baseURL: `http://${env.get('HOST')}:${env.get('PORT')}` })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await signIn(page, username)
  return { page, context, problems }
}

/** Opens the inbox and the task of this case whose name is given. */
export async function openTaskFromInbox(page: Page, caseNo: string, taskName: string) {
  await page.goto('/inbox')
  const row = page.locator('[data-testid="inbox-row"]').filter({ hasText: caseNo }).filter({ hasText: taskName }).first()
  await row.waitFor({ timeout: 30_000 })
  await row.click()
  await page.waitForURL(/\/tasks\//)
  await page.locator('[data-testid="process-diagram"] svg').first().waitFor({ timeout: 30_000 })
}
