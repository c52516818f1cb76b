import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import type { Knex } from 'knex'
import type { Clock } from './clock/clock.js'
import type { Command, CommandContext } from './context/command_context.js'
import { NotFoundError, OptimisticLockError } from './errors.js'
import type { ProcessModel } from './model/process_model.js'
import { parseBpmn } from './parser/parse_bpmn.js'
import { type WorkCalendar, weekdayCalendar } from './timers/work_calendar.js'

export interface EngineOptions {
  knex: Knex
  clock: Clock
  /** ids for rows; tests may pass a deterministic sequence */
  newId?: () => string
  /** zone for timers without an offset and for cron; default Asia/Shanghai */
  zone?: string
  /** which days `workCalendar.dueIn(n)` counts as 工作日; default Monday to Friday */
  workCalendar?: WorkCalendar
}

const MAX_TRIES = 3

/**
 * A command lost a race and can simply run again: another command changed
 * the instance first, or MySQL chose it as a deadlock victim (a called
 * instance and its caller locked in opposite orders by two commands).
 */
function retryable(error: unknown): boolean {
  return error instanceof OptimisticLockError || (error as { code?: string }).code === 'ER_LOCK_DEADLOCK'
}

/**
 * The engine's one write door: `execute(command, input)` runs a command in one
 * transaction (or inside the caller's), retries it when another command
 * changed the same instance first, and runs after-commit hooks on success.
 */
export class Engine {
  readonly knex: Knex
  readonly clock: Clock
  /** emits 'topic' (name) when an external task may have become fetchable */
  readonly events = new EventEmitter()
  #newId: () => string
  readonly zone: string
  readonly workCalendar: WorkCalendar
  #models = new Map<string, Promise<ProcessModel>>()

  constructor(options: EngineOptions) {
    this.knex = options.knex
    this.clock = options.clock
    this.#newId = options.newId ?? randomUUID
    this.zone = options.zone ?? 'Asia/Shanghai'
    this.workCalendar = options.workCalendar ?? weekdayCalendar
    this.events.setMaxListeners(0)
  }

  async execute<Input, Output>(command: Command<Input, Output>, input: Input, options: { trx?: Knex.Transaction } = {}): Promise<Output> {
    for (let attempt = 1; ; attempt++) {
      const hooks: (() => void)[] = []
      try {
        const output = await this.#inTransaction(options.trx, (trx) => command.run(this.#context(trx, hooks), input))
        for (const hook of hooks) hook()
        return output
      } catch (error) {
        if (!retryable(error) || attempt >= MAX_TRIES || options.trx) throw error
      }
    }
  }

  #inTransaction<T>(outer: Knex.Transaction | undefined, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    if (outer) return outer.transaction(work)
    // READ COMMITTED on MySQL: a blocked writer sees the committed revision and fails fast instead of reading a stale snapshot
    const config = this.knex.client.config.client === 'mysql2' ? { isolationLevel: 'read committed' as const } : undefined
    return this.knex.transaction(work, config)
  }

  #context(trx: Knex.Transaction, hooks: (() => void)[]): CommandContext {
    return {
      trx,
      clock: this.clock,
      now: this.clock.now().getTime(),
      zone: this.zone,
      workCalendar: this.workCalendar,
      newId: this.#newId,
      model: (definitionId) => this.model(definitionId, trx),
      afterCommit: (hook) => hooks.push(hook),
      notifyTopic: (topic) => this.events.emit('topic', topic),
      notifyJob: (dueAt) => this.events.emit('job', dueAt),
    }
  }

  /**
   * The parsed model of a deployed definition, parsed once per process. Inside
   * a command it reads through the command's transaction: SQLite has a single
   * connection, which that transaction holds.
   */
  model(definitionId: string, client: Knex = this.knex): Promise<ProcessModel> {
    let model = this.#models.get(definitionId)
    if (!model) {
      model = client('engine_process_definitions')
        .where('id', definitionId)
        .first()
        .then(async (row) => {
          if (!row) throw new NotFoundError(`Process definition ${definitionId} does not exist`)
          const models = await parseBpmn(row.xml)
          const found = models.find((m) => m.key === row.key)
          if (!found) throw new NotFoundError(`Process definition ${definitionId} has no process ${row.key}`)
          return found
        })
      model.catch(() => this.#models.delete(definitionId))
      this.#models.set(definitionId, model)
    }
    return model
  }
}

/** Creates the engine over a knex connection (the portal passes Lucid's). */
export function createEngine(options: EngineOptions): Engine {
  return new Engine(options)
}
