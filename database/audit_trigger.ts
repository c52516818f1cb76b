import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/** Refuses UPDATE on audit_logs at the database itself, on MySQL and SQLite alike. */
export async function createAppendOnlyTrigger(client: QueryClientContract): Promise<void> {
  if (client.dialect.name === 'mysql') {
    await client.rawQuery(
      `CREATE TRIGGER audit_logs_append_only BEFORE UPDATE ON audit_logs FOR EACH ROW
       SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_logs is append-only'`
    )
    return
  }
  await client.rawQuery(
    `CREATE TRIGGER audit_logs_append_only BEFORE UPDATE ON audit_logs
     BEGIN SELECT RAISE(ABORT, 'audit_logs is append-only'); END`
  )
}

export async function dropAppendOnlyTrigger(client: QueryClientContract): Promise<void> {
  await client.rawQuery('DROP TRIGGER IF EXISTS audit_logs_append_only')
}
