import type { Page } from 'playwright'
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
