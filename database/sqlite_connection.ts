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
