import type { CommandContext } from '../context/command_context.js'
import { activityType } from '../model/activity_types.js'
import type { ElementModel } from '../model/process_model.js'
import type { ProcessInstanceRow } from '../store/rows.js'
import type { Execution } from './execution_tree.js'

interface ActivityRow {
  id: string
  process_instance_id: string
  process_definition_id: string
  execution_id: string
  activity_id: string
  activity_name: string | null
  activity_type: string
  task_id: string | null
  called_process_instance_id: string | null
  started_at: number
  ended_at: number | null
  canceled: boolean
  sequence: number
}

let last = 0

/** Increasing across commands in this process and roughly across processes: wall-clock microseconds, bumped on ties. */
function nextSequence(): number {
  last = Math.max(last + 1, Date.now() * 1000)
  return last
}

/**
 * Records the activities an instance passes. An execution has at most one
 * open activity at a time; rows started in this command are kept in memory
 * and written in one insert when the run rests, so a token passing start
 * event → gateway → task costs one statement.
 */
export class History {
  #pending: ActivityRow[] = []
  #open = new Map<string, ActivityRow>()

  constructor(
    private ctx: CommandContext,
    private row: ProcessInstanceRow
  ) {}

  started(execution: Execution, element: ElementModel): ActivityRow {
    const record: ActivityRow = {
      id: this.ctx.newId(),
      process_instance_id: this.row.id,
      process_definition_id: this.row.definition_id,
      execution_id: execution.id,
      activity_id: element.id,
      activity_name: element.name,
      activity_type: activityType(element.kind),
      task_id: null,
      called_process_instance_id: null,
      started_at: this.ctx.now,
      ended_at: null,
      canceled: false,
      sequence: nextSequence(),
    }
    this.#pending.push(record)
    this.#open.set(execution.id, record)
    return record
  }

  /** An element that starts and ends in the same step (a boundary event firing). */
  async passed(execution: Execution, element: ElementModel): Promise<void> {
    this.started(execution, element)
    await this.ended(execution)
  }

  /** Ends the execution's open activity, if it has one. */
  async ended(execution: Execution, canceled = false): Promise<void> {
    const open = this.#open.get(execution.id)
    if (open) {
      open.ended_at = this.ctx.now
      open.canceled = canceled
      this.#open.delete(execution.id)
      if (!this.#pending.includes(open)) await this.ctx.trx('engine_hist_activities').where('id', open.id).update({ ended_at: this.ctx.now, canceled })
      return
    }
    if (execution.persisted) {
      await this.ctx.trx('engine_hist_activities').where({ execution_id: execution.id }).whereNull('ended_at').update({ ended_at: this.ctx.now, canceled })
    }
  }

  /**
   * The instance ended: everything still open ends with it (cancelled unless
   * the instance completed). When its last token ended normally, nothing is
   * open but what this command started, all closed in memory already.
   */
  async instanceEnded(canceled: boolean, cutShort: boolean): Promise<void> {
    for (const open of this.#open.values()) Object.assign(open, { ended_at: this.ctx.now, canceled })
    const unwritten = new Set(this.#pending)
    const written = [...this.#open.values()].filter((open) => !unwritten.has(open))
    this.#open.clear()
    await this.flush()
    if (cutShort) {
      await this.ctx.trx('engine_hist_activities').where('process_instance_id', this.row.id).whereNull('ended_at').update({ ended_at: this.ctx.now, canceled })
    } else if (written.length) {
      await this.ctx.trx('engine_hist_activities').whereIn('id', written.map((r) => r.id)).update({ ended_at: this.ctx.now, canceled })
    }
  }

  async flush(): Promise<void> {
    if (this.#pending.length === 0) return
    const rows = this.#pending
    this.#pending = []
    await this.ctx.trx('engine_hist_activities').insert(rows)
  }
}
