import limiter from '@adonisjs/limiter/services/main'
import security from '#config/security'

/** Login attempts per client IP, in front of the per-account lockout. */
export const loginThrottle = limiter.define('login', (ctx) => {
  return limiter
    .allowRequests(security.loginRatePerMinute)
    .every('1 minute')
    .usingKey(`login_${ctx.request.ip()}`)
    .limitExceeded((error) => {
      error.setMessage('登录尝试过于频繁，请稍后再试')
    })
})

/** Public PDF checks per client IP: each one parses up to 20 MB, so anonymous callers get a budget. */
export const verifyThrottle = limiter.define('verify', (ctx) => {
  return limiter
    .allowRequests(30)
    .every('1 minute')
    .usingKey(`verify_${ctx.request.ip()}`)
    .limitExceeded((error) => {
      error.setMessage('文件验证过于频繁，请稍后再试')
    })
})
