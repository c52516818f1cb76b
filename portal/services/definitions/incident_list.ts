import db from '@adonisjs/lucid/services/db'

/** One open incident as the definitions manager shows it: where it stopped, why, and the case it holds up. */
export interface IncidentRow {
  id: string
  /** failedJob (a timer or async step) or failedExternalTask (a worker's task) */
  type: string
  activityId: string
  activityName: string | null
  message: string | null
  createdAt: string
  processInstanceId: string | null
  definitionKey: string | null
  definitionName: string | null
  version: number | null
  caseId: number | null
  caseNo: string | null
  caseTitle: string | null
}

/** The open incidents, newest first, of one process (its key) or of all; at most 200 (an operator works them down). */
export async function listIncidents(definitionKey?: string): Promise<IncidentRow[]> {
  const query = db
    .from('engine_incidents as i')
    .leftJoin('engine_process_instances as pi', 'pi.id', 'i.process_instance_id')
    .leftJoin('engine_process_definitions as pd', 'pd.id', 'pi.definition_id')
    .leftJoin('process_cases as c', 'c.process_instance_id', 'i.process_instance_id')
    .select('i.id', 'i.type', 'i.activity_id', 'i.message', 'i.created_at', 'i.process_instance_id', 'pd.key', 'pd.name', 'pd.version', 'c.id as case_id', 'c.case_no', 'c.title')
    // the activity's name as the history recorded it when the failing step began
    .select(
      db
        .from('engine_hist_activities as a')
        .whereColumn('a.process_instance_id', 'i.process_instance_id')
        .whereColumn('a.activity_id', 'i.activity_id')
        .max('a.activity_name')
        .as('activity_name')
    )
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .limit(200)
  if (definitionKey) query.where('pd.key', definitionKey)
  const rows = await query
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    activityId: row.activity_id,
    activityName: row.activity_name ?? null,
    message: row.message ?? null,
    createdAt: new Date(Number(row.created_at)).toISOString(),
    processInstanceId: row.process_instance_id ?? null,
    definitionKey: row.key ?? null,
    definitionName: row.name ?? null,
    version: row.version === null || row.version === undefined ? null : Number(row.version),
    caseId: row.case_id === null || row.case_id === undefined ? null : Number(row.case_id),
    caseNo: row.case_no ?? null,
    caseTitle: row.title ?? null,
  }))
}
