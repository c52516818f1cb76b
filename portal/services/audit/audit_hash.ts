import { createHmac } from 'node:crypto'
import env from '#start/env'

/** The hash before the first row. */
export const GENESIS_HASH = '0'.repeat(64)

/** Who did it and from where: taken from the request. */
export interface AuditActor {
  userId: number | null
  username: string | null
  organizationId: number | null
  ip: string | null
  userAgent: string | null
}

/** The fields a row's hash covers (the order is fixed in `auditHash`). */
export interface AuditRowContent extends AuditActor {
  occurredAt: string
  action: string
  targetType: string | null
  targetId: string | null
  outcome: string
  detail: string | null
}

/**
 * HMAC-SHA-256 keyed from APP_KEY: someone who can write to the database but
 * does not hold the key cannot forge a consistent chain after editing a row.
 */
const key = createHmac('sha256', env.get('APP_KEY').release()).update('zhian-audit-chain').digest()

export function auditHash(prevHash: string, row: AuditRowContent): string {
  const canonical = JSON.stringify([
    prevHash,
    row.occurredAt,
    row.userId,
    row.username,
    row.organizationId,
    row.ip,
    row.userAgent,
    row.action,
    row.targetType,
    row.targetId,
    row.outcome,
    row.detail,
  ])
  return createHmac('sha256', key).update(canonical).digest('hex')
}
