import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { activeExternalTask, lockedExternalTask, positiveDuration } from './lookup.js'

/** A worker needs more time: only the owner, and only while its lock still holds. */
export const extendLock = defineCommand('externalTask.extendLock', async (ctx, input: { id: string; workerId: string; newDuration: number }) => {
  const duration = positiveDuration(input.newDuration, 'lockDuration')
  const task = await activeExternalTask(ctx, input.id, input.workerId)
  if (task.lock_expires_at === null || task.lock_expires_at <= ctx.now) {
    throw new BadRequestError(`The lock of the External Task ${input.id} has already expired.`)
  }
  await ctx.trx('engine_external_tasks').where('id', task.id).update({ lock_expires_at: ctx.now + duration, rev: task.rev + 1 })
})

/** Locks one task for a worker: allowed when it is free, expired, or already that worker's. */
export const lockExternalTask = defineCommand('externalTask.lock', async (ctx, input: { id: string; workerId: string; lockDuration: number }) => {
  const duration = positiveDuration(input.lockDuration, 'lockDuration')
  const task = await activeExternalTask(ctx, input.id)
  const free = task.lock_expires_at === null || task.lock_expires_at <= ctx.now || task.worker_id === input.workerId
  if (!free) throw new BadRequestError(`External Task ${input.id} is already locked by worker '${task.worker_id}'.`)
  await ctx.trx('engine_external_tasks').where('id', task.id).update({ worker_id: input.workerId, lock_expires_at: ctx.now + duration, rev: task.rev + 1 })
})

/** Frees a task for any worker at once (no worker check, as in Camunda). */
export const unlockExternalTask = defineCommand('externalTask.unlock', async (ctx, input: { id: string }) => {
  const task = await lockedExternalTask(ctx, input.id)
  await ctx.trx('engine_external_tasks').where('id', task.id).update({ worker_id: null, lock_expires_at: null, rev: task.rev + 1 })
  ctx.afterCommit(() => ctx.notifyTopic?.(task.topic))
})
