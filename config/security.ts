import env from '#start/env'

/**
 * Login and password rules of GB/T 22239-2019 level 2 (身份鉴别 a/b). The
 * defaults are the usual 测评 values; each can be changed through env.
 */
const securityConfig = {
  password: {
    minLength: env.get('PASSWORD_MIN_LENGTH', 8),
    /** of the four classes: lower case, upper case, digits, symbols */
    minClasses: env.get('PASSWORD_MIN_CLASSES', 3),
    /** a new password may not equal any of the last N */
    historySize: env.get('PASSWORD_HISTORY', 5),
  },
  lockout: {
    maxFailures: env.get('LOGIN_MAX_FAILURES', 5),
    lockMinutes: env.get('LOGIN_LOCK_MINUTES', 15),
  },
  session: {
    idleTimeoutMinutes: env.get('SESSION_IDLE_MINUTES', 30),
  },
  /** login attempts per IP per minute, before the account lockout */
  loginRatePerMinute: env.get('LOGIN_RATE_PER_MINUTE', 20),
  /** audit rows are kept this long; 网络安全法 §21 demands six months */
  auditRetentionDays: Math.max(180, env.get('AUDIT_RETENTION_DAYS', 180)),
}

export default securityConfig
