import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import clock from '#services/clock'
import { inTransaction } from '#database/transaction'
import { auditHash, type AuditActor, type AuditRowContent } from './audit_hash.js'

export type { AuditActor }

/** What happened. `action` is "<area>.<verb>", e.g. "auth.login", "project.create". */
export interface AuditEvent {
  action: string
  outcome: 'success' | 'failure' | 'denied'
  targetType?: string
  targetId?: string | number
  detail?: Record<string, unknown>
}

/** An actor for work no person started (ace commands, jobs). */
export const SYSTEM_ACTOR: AuditActor = {
  userId: null,
  username: 'system',
  organizationId: null,
  ip: null,
  userAgent: null,
}

async function append(client: QueryClientContract, actor: AuditActor, event: AuditEvent): Promise<number> {
  const headQuery = client.from('audit_chain_head').where('id', 1)
  // the head row is the chain's lock: writers in other processes queue here
  if (client.dialect.name === 'mysql') headQuery.forUpdate()
  const head = await headQuery.firstOrFail()

  const row: AuditRowContent = {
    occurredAt: clock.now().toISOString(),
    userId: actor.userId,
    username: actor.username,
    organizationId: actor.organizationId,
    ip: actor.ip,
    userAgent: actor.userAgent?.slice(0, 255) ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId === undefined ? null : String(event.targetId),
    outcome: event.outcome,
    detail: event.detail ? JSON.stringify(event.detail) : null,
  }
  const hash = auditHash(head.last_hash, row)
  const [id] = await client.table('audit_logs').insert({
    occurred_at: row.occurredAt,
    user_id: row.userId,
    username: row.username,
    organization_id: row.organizationId,
    ip: row.ip,
    user_agent: row.userAgent,
    action: row.action,
    target_type: row.targetType,
    target_id: row.targetId,
    outcome: row.outcome,
    detail: row.detail,
    prev_hash: head.last_hash,
    hash,
  })
  await client.from('audit_chain_head').where('id', 1).update({ last_id: id, last_hash: hash })
  return Number(id)
}

/**
 * Appends one row to the hash chain. Pass the caller's transaction so the
 * row commits (or rolls back) with the change it records.
 */
export async function recordAudit(
  actor: AuditActor,
  event: AuditEvent,
  trx?: QueryClientContract
): Promise<number> {
  if (trx) return append(trx, actor, event)
  return inTransaction((own) => append(own, actor, event))
}

