import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { type ExternalTaskRow, externalTaskRow } from '../../store/rows.js'
import { claimRows } from '../../store/claims.js'
import type { TypedValue } from '../../runtime/variables.js'
import { visibleVariables } from '../../store/visible_variables.js'
import { positiveDuration } from './lookup.js'

export interface FetchTopic {
  topicName: string
  lockDuration: number
  /** variable names to return; all when absent */
  variables?: string[] | null
}

export interface FetchAndLockInput {
  workerId: string
  maxTasks: number
  usePriority?: boolean
  topics: readonly FetchTopic[]
}

export interface LockedExternalTask extends ExternalTaskRow {
  variables: Record<string, TypedValue>
}

/**
 * Locks up to `maxTasks` fetchable tasks for a worker, claimed by
 * compare-and-set, so two fetches (in any number of processes, on any
 * database) never get the same task.
 */
export const fetchAndLock = defineCommand('externalTask.fetchAndLock', async (ctx, input: FetchAndLockInput): Promise<LockedExternalTask[]> => {
  if (!input.workerId) throw new BadRequestError('workerId is null')
  if (!Number.isInteger(input.maxTasks) || input.maxTasks < 0) throw new BadRequestError('maxTasks must be a non-negative integer')
  const durations = new Map(input.topics.map((t) => [t.topicName, positiveDuration(t.lockDuration, 'lockDuration')]))
  if (input.maxTasks === 0 || durations.size === 0) return []

  const query = ctx
    .trx('engine_external_tasks')
    .whereIn('topic', [...durations.keys()])
    .where('suspended', false)
    .where((free) => free.whereNull('lock_expires_at').orWhere('lock_expires_at', '<=', ctx.now))
    .where((retries) => retries.whereNull('retries').orWhere('retries', '>', 0))
  if (input.usePriority) query.orderBy('priority', 'desc')
  const candidates = (await query.orderBy('created_at').orderBy('id').limit(input.maxTasks * 2)) as ExternalTaskRow[]

  const claimed = await claimRows(ctx, 'engine_external_tasks', candidates, input.maxTasks, (task) => ({
    worker_id: input.workerId,
    lock_expires_at: ctx.now + durations.get(task.topic)!,
  }))
  const locked = claimed.map(externalTaskRow)
  if (locked.length === 0) return []

  const wanted = new Map(input.topics.map((t) => [t.topicName, t.variables ?? null]))
  const visible = await visibleVariables(ctx.trx, locked.map((t) => ({ executionId: t.execution_id, instanceId: t.process_instance_id })))
  return locked.map((task) => {
    const names = wanted.get(task.topic)
    const all = visible.get(task.execution_id) ?? {}
    const variables = names ? Object.fromEntries(Object.entries(all).filter(([name]) => names.includes(name))) : all
    return { ...task, variables }
  })
})
