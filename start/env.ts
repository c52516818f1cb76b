/*
| Env.create validates the environment variables and casts their values.
| Every variable is listed in README.md.
*/
import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string({ format: 'url', tld: false }),
  HOST: Env.schema.string({ format: 'host' }),
  LOG_LEVEL: Env.schema.string(),
  TRUSTED_PROXIES: Env.schema.string.optional(),

  SESSION_DRIVER: Env.schema.enum(['database', 'memory'] as const),
  LIMITER_STORE: Env.schema.enum(['database', 'memory'] as const),

  DB_CONNECTION: Env.schema.enum.optional(['sqlite', 'mysql'] as const),
  SQLITE_PATH: Env.schema.string.optional(),
  MYSQL_HOST: Env.schema.string.optional({ format: 'host' }),
  MYSQL_PORT: Env.schema.number.optional(),
  MYSQL_USER: Env.schema.string.optional(),
  MYSQL_PASSWORD: Env.schema.string.optional(),
  MYSQL_DB_NAME: Env.schema.string.optional(),

  ENGINE_CLOCK: Env.schema.enum.optional(['system', 'controlled'] as const),
  ENGINE_TIMEZONE: Env.schema.string.optional(),
  ENGINE_JOB_INTERVAL_MS: Env.schema.number.optional(),
  ENGINE_WORKERS: Env.schema.enum.optional(['inprocess', 'off'] as const),
  ENGINE_REST_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  AUTH_CACHE_SECONDS: Env.schema.number.optional(),

  PASSWORD_MIN_LENGTH: Env.schema.number.optional(),
  PASSWORD_MIN_CLASSES: Env.schema.number.optional(),
  PASSWORD_HISTORY: Env.schema.number.optional(),
  LOGIN_MAX_FAILURES: Env.schema.number.optional(),
  LOGIN_LOCK_MINUTES: Env.schema.number.optional(),
  LOGIN_RATE_PER_MINUTE: Env.schema.number.optional(),
  SESSION_IDLE_MINUTES: Env.schema.number.optional(),
  AUDIT_RETENTION_DAYS: Env.schema.number.optional(),

  CHROMIUM_PATH: Env.schema.string.optional(),

  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  DRIVE_ROOT: Env.schema.string.optional(),
  UPLOAD_STAGING_DIR: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.string.optional(),
})
