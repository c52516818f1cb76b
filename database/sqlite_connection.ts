/**
 * How every SQLite connection of Zhian is set up (the app's pool and the
 * benchmarks alike): WAL so readers run while one writer commits; foreign
 * keys, which SQLite leaves off by default; a busy timeout; fresh planner
 * statistics (as SQLite recommends for long-lived connections), which let a
 * province-wide list walk the primary key instead of sorting every project;
 * and the statement cache below.
 */
export function setUpSqliteConnection(connection: Preparer & { pragma(source: string): unknown }): void {
  connection.pragma('journal_mode = WAL')
  connection.pragma('synchronous = NORMAL')
  connection.pragma('foreign_keys = ON')
  connection.pragma('busy_timeout = 5000')
  connection.pragma('optimize = 0x10002')
  cacheStatements(connection)
}

/**
 * knex's better-sqlite3 client prepares every statement anew, which cost a
 * tenth of the project-list benchmark. This keeps the last few hundred
 * prepared statements per connection. Reuse is safe: knex runs each one to
 * completion synchronously, and SQLite re-prepares a statement itself when
 * the schema changes.
 */
const LIMIT = 500

interface Preparer {
  prepare(sql: string): unknown
}

export function cacheStatements(connection: Preparer): void {
  const prepare = connection.prepare.bind(connection)
  const statements = new Map<string, unknown>()
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql)
    if (statement === undefined) {
      statement = prepare(sql)
      if (statements.size >= LIMIT) statements.delete(statements.keys().next().value as string)
      statements.set(sql, statement)
    }
    return statement
  }
}
