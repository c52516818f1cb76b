import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/** Which counter a number comes from: one per issuing body, document type and year. */
export interface CounterKey {
  readonly organizationId: number
  readonly documentType: string
  readonly year: number
}

const PLACEHOLDER = /\{(\w+)(?::(\d+))?\}/g

/** Documents are Chinese: their year turns at midnight in Beijing. */
export function yearInChina(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now))
}

/**
 * Fills a numbering pattern such as `辽建质监〔{year}〕{seq}号`: `{year}`,
 * `{seq}` and `{seq:4}` (zero-padded to 4 digits), plus any named value
 * given (e.g. `{station}`). An unknown placeholder is an error, so a typo in
 * a template's manifest never prints a half-made 文号.
 */
export function formatDocumentNumber(pattern: string, values: { year: number; seq: number } & Record<string, string | number>): string {
  if (!pattern.includes('{seq')) throw new Error(`numbering pattern has no {seq}: ${pattern}`)
  return pattern.replace(PLACEHOLDER, (_all, name: string, width?: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`numbering pattern names an unknown value {${name}}: ${pattern}`)
    return width ? String(value).padStart(Number(width), '0') : String(value)
  })
}

/**
 * Creates the counter row if it is missing, outside any transaction. Done
 * inside the issuing transaction, MySQL's duplicate-key check would hold a
 * shared lock that deadlocks two first issuances of a year against each
 * other; an empty counter row costs no number.
 */
export async function ensureCounter(client: QueryClientContract, key: CounterKey): Promise<void> {
  await client
    .table('document_number_counters')
    .insert({ organization_id: key.organizationId, document_type: key.documentType, year: key.year, last_seq: 0 })
    .onConflict(['organization_id', 'document_type', 'year'])
    .ignore()
}

/**
 * Takes the next number inside the caller's transaction. The UPDATE comes
 * first and is the lock: MySQL holds the row's exclusive lock (what SELECT …
 * FOR UPDATE would take) and SQLite its single writer lock until the
 * transaction ends, so concurrent issuers queue here. A rollback returns the
 * number: numbers stay gapless. Call it before the transaction reads
 * anything else: a SQLite transaction that read first cannot take the write
 * lock after another writer committed.
 */
export async function takeNextSeq(trx: QueryClientContract, key: CounterKey): Promise<number> {
  const where = { organization_id: key.organizationId, document_type: key.documentType, year: key.year }
  const updated = await trx.from('document_number_counters').where(where).increment('last_seq', 1)
  if (!Number(updated)) throw new Error(`no number counter for ${JSON.stringify(key)} (ensureCounter first)`)
  const row = await trx.from('document_number_counters').where(where).select('last_seq').firstOrFail()
  return Number(row.last_seq)
}
