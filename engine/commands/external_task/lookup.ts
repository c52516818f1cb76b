import type { CommandContext } from '../../context/command_context.js'
import { BadRequestError, NotFoundError, SuspendedEntityInteractionError } from '../../errors.js'
import { type ExternalTaskRow, externalTaskRow } from '../../store/rows.js'

/** The external task, which must exist; with `workerId`, it must also be locked by that worker. */
export async function lockedExternalTask(ctx: CommandContext, id: string, workerId?: string): Promise<ExternalTaskRow> {
  const row = await ctx.trx('engine_external_tasks').where('id', id).first()
  if (!row) throw new NotFoundError(`External task with id ${id} does not exist`)
  const task = externalTaskRow(row)
  if (workerId !== undefined && task.worker_id !== workerId) {
    throw new BadRequestError(`External Task ${id} cannot be completed by worker '${workerId}'. It is locked by worker '${task.worker_id}'.`)
  }
  return task
}

/** As `lockedExternalTask`, for work a suspended task refuses (Camunda's ExternalTaskEntity.ensureActive). */
export async function activeExternalTask(ctx: CommandContext, id: string, workerId?: string): Promise<ExternalTaskRow> {
  const task = await lockedExternalTask(ctx, id, workerId)
  if (task.suspended) throw new SuspendedEntityInteractionError(`ExternalTask with id '${id}' is suspended`)
  return task
}

/** Camunda refuses non-positive lock durations with a 400. */
export function positiveDuration(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new BadRequestError(`${name} is not greater than 0`)
  return value
}
