import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'
import proxyAddr from 'proxy-addr'
import { safeStringify } from '@poppinss/utils/json'

/** Signs and encrypts cookies; changing it invalidates sessions and encrypted data */
export const appKey = env.get('APP_KEY')
export const appUrl = env.get('APP_URL')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,
  /**
   * Native JSON.stringify first (several times faster); the safe stringifier
   * only for the values it refuses, such as BigInt or a cycle.
   */
  serializeJSON(value: unknown) {
    try {
      return JSON.stringify(value)
    } catch {
      return safeStringify(value)
    }
  },
  /**
   * The audit trail records the client IP: trust X-Forwarded-For only from a
   * reverse proxy on this host or the private ranges named in TRUSTED_PROXIES.
   */
  trustProxy: proxyAddr.compile(['loopback', ...env.get('TRUSTED_PROXIES', '').split(',').filter(Boolean)]),
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
