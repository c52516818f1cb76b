import { assert } from '@japa/assert'
import { chromium } from 'playwright'
import { execFileSync } from 'node:child_process'
import env from '#start/env'
import { apiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { browserClient } from '@japa/browser-client'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'

/** Debian's Chromium (CHROMIUM_PATH, else `chromium` on PATH); never a downloaded browser. */
function systemChromium(): string | undefined {
  if (env.get('CHROMIUM_PATH')) return env.get('CHROMIUM_PATH')
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  inertiaApiClient(app),
  browserClient({
    runInSuites: ['browser'],
    launcher: (launcherOptions) =>
      chromium.launch({
        ...launcherOptions,
        executablePath: systemChromium(),
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      }),
  }),
  sessionBrowserClient(app),
]

/**
 * Once per run: start from an empty database (a run that was killed leaves
 * its rows behind), migrate it (rolled back at the end) and load the base and
 * demo data the tests read. Each test then runs in a transaction that is
 * rolled back, except where the engine must commit for real.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    async () => {
      const { default: db } = await import('@adonisjs/lucid/services/db')
      await db.connection().dropAllTables()
    },
    () => testUtils.db().migrate(),
    async () => {
      const { inTransaction } = await import('#database/transaction')
      const { syncBaseData } = await import('#database/seeds/base_data')
      const { seedDemoData } = await import('#database/seeds/demo_data')
      const { default: Organization } = await import('#models/organization')
      await inTransaction(async (trx) => {
        await syncBaseData(trx)
        if (!(await Organization.query({ client: trx }).first())) await seedDemoData(trx)
      })
      // the server loaded its work calendar at boot, before the tables above were made again
      const { workCalendar } = await import('#services/work_calendar')
      await workCalendar.reload()
    },
  ],
  teardown: [],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (['browser', 'functional'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
