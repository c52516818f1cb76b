import security from '#config/security'
import clock from '#services/clock'
import { inTransaction } from '#database/transaction'
import { SYSTEM_ACTOR, recordAudit } from './audit_trail.js'

/** What `audit:prune` removed. */
export interface PruneResult {
  deleted: number
  cutoff: string
}

/**
 * Removes the rows older than the retention (never less than 180 days) and,
 * in the same transaction, records a row naming the hash of the last removed
 * row, so the verifier can start the chain from there.
 */
export async function pruneAuditLog(retentionDays = security.auditRetentionDays): Promise<PruneResult> {
  const days = Math.max(180, retentionDays)
  const cutoff = new Date(clock.now().getTime() - days * 86_400_000).toISOString()

  return inTransaction(async (trx) => {
    const last = await trx
      .from('audit_logs')
      .where('occurred_at', '<', cutoff)
      .orderBy('id', 'desc')
      .select('id', 'hash')
      .first()
    let deleted = 0
    if (last) {
      deleted = Number(await trx.from('audit_logs').where('id', '<=', last.id).delete())
    }
    await recordAudit(
      SYSTEM_ACTOR,
      {
        action: 'audit.prune',
        outcome: 'success',
        detail: { deleted, cutoff, retentionDays: days, throughId: last ? Number(last.id) : null, anchorHash: last?.hash ?? null },
      },
      trx
    )
    return { deleted, cutoff }
  })
}
