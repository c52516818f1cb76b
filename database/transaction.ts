import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * Runs `work` in one transaction. On MySQL it uses READ COMMITTED: under the
 * default REPEATABLE READ a locking read takes gap locks that stall other
 * writers (see ../shared/notes/stack-adonis7.md G14). SQLite serialises
 * writers anyway and takes no isolation option; neither does a savepoint
 * inside the tests' global transaction.
 */
export function inTransaction<T>(work: (trx: TransactionClientContract) => Promise<T>): Promise<T> {
  const nested = db.connectionGlobalTransactions.has(db.primaryConnectionName)
  if (db.connection().dialect.name === 'mysql' && !nested) {
    return db.transaction(work, { isolationLevel: 'read committed' })
  }
  return db.transaction(work)
}
