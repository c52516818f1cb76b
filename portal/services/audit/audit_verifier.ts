import db from '@adonisjs/lucid/services/db'
import { GENESIS_HASH, auditHash } from './audit_hash.js'

/** What `audit:verify` found. `brokenAt` is the id of the first row that does not fit. */
export interface VerifyResult {
  ok: boolean
  checked: number
  brokenAt?: number
  reason?: string
}

const BATCH = 1000

/**
 * The first row may point at a row removed by `audit:prune`: its prev_hash
 * must then be an anchor that a (itself verified) prune row recorded.
 */
async function pruneAnchors(): Promise<Set<string>> {
  const rows = await db.from('audit_logs').where('action', 'audit.prune').select('detail')
  const anchors = new Set<string>()
  for (const row of rows) {
    const detail = row.detail ? JSON.parse(row.detail) : {}
    if (typeof detail.anchorHash === 'string') anchors.add(detail.anchorHash)
  }
  return anchors
}

/** Walks the whole chain in id order and reports the first broken link. */
export async function verifyAuditChain(): Promise<VerifyResult> {
  const anchors = await pruneAnchors()
  let expectedPrev: string | null = null
  let lastId = 0
  let checked = 0

  while (true) {
    const rows = await db.from('audit_logs').where('id', '>', lastId).orderBy('id', 'asc').limit(BATCH)
    if (rows.length === 0) break
    for (const row of rows) {
      const linked = expectedPrev === null ? row.prev_hash === GENESIS_HASH || anchors.has(row.prev_hash) : row.prev_hash === expectedPrev
      if (!linked) return { ok: false, checked, brokenAt: Number(row.id), reason: '与前一条记录的哈希不衔接' }
      const recomputed = auditHash(row.prev_hash, {
        occurredAt: row.occurred_at,
        userId: row.user_id === null ? null : Number(row.user_id),
        username: row.username,
        organizationId: row.organization_id === null ? null : Number(row.organization_id),
        ip: row.ip,
        userAgent: row.user_agent,
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        outcome: row.outcome,
        detail: row.detail,
      })
      if (recomputed !== row.hash) return { ok: false, checked, brokenAt: Number(row.id), reason: '记录内容与其哈希不符（已被篡改）' }
      expectedPrev = row.hash
      lastId = Number(row.id)
      checked++
    }
  }

  const head = await db.from('audit_chain_head').where('id', 1).firstOrFail()
  if (Number(head.last_id) !== lastId || (checked > 0 && head.last_hash !== expectedPrev)) {
    return { ok: false, checked, brokenAt: Number(head.last_id), reason: '链尾记录缺失（最新的记录被删除）' }
  }
  return { ok: true, checked }
}
