import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'
import security from '#config/security'

/**
 * Sessions live server-side in the `sessions` table, so logging out or an
 * idle timeout really ends them (a cookie store could be replayed).
 */
const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'zhian-session',
  clearWithBrowser: true,
  age: `${security.session.idleTimeoutMinutes}m`,
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: env.get('SESSION_DRIVER'),
  stores: {
    database: stores.database({ tableName: 'sessions' }),
  },
})

export default sessionConfig
