import db from '@adonisjs/lucid/services/db'

/** One running instance of a version as the definitions manager shows it. */
export interface RunningInstance {
  id: string
  startedAt: string
  suspended: boolean
  /** the names of the steps it waits at (open user tasks, else the activities its executions stand on) */
  waitingAt: string[]
  caseId: number | null
  caseNo: string | null
  caseTitle: string | null
}

/** The running instances of one version, oldest first (at most 200: the manager works them down, a case list finds the rest). */
export async function runningInstances(definitionId: string): Promise<RunningInstance[]> {
  const rows = await db
    .from('engine_process_instances as pi')
    .leftJoin('process_cases as c', 'c.process_instance_id', 'pi.id')
    .where('pi.definition_id', definitionId)
    .where('pi.state', 'active')
    .select('pi.id', 'pi.started_at', 'pi.suspended', 'c.id as case_id', 'c.case_no', 'c.title')
    .orderBy('pi.started_at')
    .orderBy('pi.id')
    .limit(200)
  const ids = rows.map((row) => row.id as string)
  const tasks = ids.length ? await db.from('engine_tasks').whereIn('process_instance_id', ids).select('process_instance_id', 'name', 'task_definition_key') : []
  const executions = ids.length ? await db.from('engine_executions').whereIn('process_instance_id', ids).whereIn('state', ['waiting', 'async']).select('process_instance_id', 'activity_id') : []
  const waiting = new Map<string, string[]>()
  const note = (id: string, step: string) => {
    const steps = waiting.get(id) ?? []
    if (!steps.includes(step)) waiting.set(id, [...steps, step])
  }
  for (const task of tasks) note(task.process_instance_id, task.name ?? task.task_definition_key)
  for (const execution of executions) if (!waiting.has(execution.process_instance_id)) note(execution.process_instance_id, execution.activity_id)
  return rows.map((row) => ({
    id: row.id,
    startedAt: new Date(Number(row.started_at)).toISOString(),
    suspended: Boolean(row.suspended),
    waitingAt: waiting.get(row.id) ?? [],
    caseId: row.case_id === null || row.case_id === undefined ? null : Number(row.case_id),
    caseNo: row.case_no ?? null,
    caseTitle: row.title ?? null,
  }))
}
