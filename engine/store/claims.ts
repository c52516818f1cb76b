import type { CommandContext } from '../context/command_context.js'

/**
 * Claims rows by compare-and-set on their revision, as Camunda 7 does: safe
 * on SQLite, MySQL and distributed MySQL alike, without SKIP LOCKED. Returns
 * the rows this caller won, with the changes applied; stops at `max`.
 */
export async function claimRows<Row extends { id: string; rev: number }>(
  ctx: CommandContext,
  table: string,
  candidates: readonly Row[],
  max: number,
  changes: (row: Row) => Partial<Row>
): Promise<Row[]> {
  const won: Row[] = []
  for (const row of candidates) {
    if (won.length >= max) break
    const values = { ...changes(row), rev: row.rev + 1 }
    const claimed = await ctx.trx(table).where({ id: row.id, rev: row.rev }).update(values)
    if (claimed === 1) won.push({ ...row, ...values })
  }
  return won
}

/** An incident: something failed for good and waits for a person (Camunda's failedJob / failedExternalTask). */
export async function raiseIncident(
  ctx: CommandContext,
  incident: { type: 'failedJob' | 'failedExternalTask'; processInstanceId: string | null; activityId: string; configuration: string; message: string | null }
): Promise<void> {
  await ctx.trx('engine_incidents').insert({
    id: ctx.newId(),
    type: incident.type,
    process_instance_id: incident.processInstanceId,
    activity_id: incident.activityId,
    configuration: incident.configuration,
    message: incident.message,
    created_at: ctx.now,
  })
}

/** Resolves the incidents a job or external task raised, once it has retries again or has run (Camunda removes them). */
export async function resolveIncidents(ctx: CommandContext, incident: { type: 'failedJob' | 'failedExternalTask'; configuration: string }): Promise<void> {
  await ctx.trx('engine_incidents').where(incident).delete()
}
