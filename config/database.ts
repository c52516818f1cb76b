import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/lucid'
import { setUpSqliteConnection } from '#database/sqlite_connection'

/**
 * DB_CONNECTION=sqlite (default: one file in WAL mode at SQLITE_PATH) or
 * DB_CONNECTION=mysql (MySQL/MariaDB over TCP through mysql2). One set of
 * migrations serves both.
 */
const migrations = { naturalSort: true, paths: ['database/migrations'] }
/** Models declare their columns by hand, so they do not depend on which database was scanned. */
const schemaGeneration = { enabled: false }

const dbConfig = defineConfig({
  connection: env.get('DB_CONNECTION', 'sqlite'),
  connections: {
    sqlite: {
      client: 'better-sqlite3',
      connection: {
        filename: app.makePath(env.get('SQLITE_PATH', 'tmp/zhian.sqlite3')),
      },
      pool: {
        afterCreate: (connection: any, done: (error: Error | null, connection: unknown) => void) => {
          setUpSqliteConnection(connection)
          done(null, connection)
        },
      },
      useNullAsDefault: true,
      migrations,
      schemaGeneration,
    },
    mysql: {
      client: 'mysql2',
      connection: {
        host: env.get('MYSQL_HOST', '127.0.0.1'),
        port: env.get('MYSQL_PORT', 3306),
        user: env.get('MYSQL_USER', 'root'),
        password: env.get('MYSQL_PASSWORD', ''),
        database: env.get('MYSQL_DB_NAME', 'zhian'),
        charset: 'utf8mb4',
        timezone: 'Z',
      },
      migrations,
      schemaGeneration,
    },
  },
})

export default dbConfig
