import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { StoredSeal } from './ports.js'

/** Accepted uploads: an SVG document or a PNG image, nothing else. */
export function sealFormatOf(content: Buffer): 'svg' | 'png' | undefined {
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  const head = content.subarray(0, 512).toString('utf8').trimStart()
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(head) ? 'svg' : undefined
}

/** The organisation's active seal, if it has one stored. */
export async function activeSeal(client: QueryClientContract, organizationId: number): Promise<StoredSeal | undefined> {
  const row = await client.from('document_seals').where({ organization_id: organizationId, is_active: true }).orderBy('id', 'desc').first()
  return row ? { format: row.format, content: Buffer.from(row.content) } : undefined
}

/**
 * Stores a seal (generated from the name, or uploaded) as the organisation's
 * active one; earlier seals stay on record, inactive. Documents already
 * issued keep the seal their signature shows.
 */
export async function storeSeal(
  trx: QueryClientContract,
  seal: { organizationId: number; source: 'generated' | 'uploaded'; content: Buffer; now: Date }
): Promise<number> {
  const format = sealFormatOf(seal.content)
  if (!format) throw new Error('a seal must be an SVG or a PNG image')
  await trx.from('document_seals').where({ organization_id: seal.organizationId, is_active: true }).update({ is_active: false })
  const [id] = await trx.table('document_seals').insert({
    organization_id: seal.organizationId,
    source: seal.source,
    format,
    content: seal.content,
    is_active: true,
    created_at: seal.now,
  })
  return Number(id)
}
