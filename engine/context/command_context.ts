import type { Knex } from 'knex'
import type { Clock } from '../clock/clock.js'
import type { ProcessModel } from '../model/process_model.js'
import type { WorkCalendar } from '../timers/work_calendar.js'

/** What one command sees: its transaction, the clock, id generation and the model cache. */
export interface CommandContext {
  readonly trx: Knex.Transaction
  readonly clock: Clock
  /** now, in epoch milliseconds, fixed for the whole command */
  readonly now: number
  /** the zone for timer dates without an offset and for cron (ENGINE_TIMEZONE) */
  readonly zone: string
  /** which days are worked, for `workCalendar.dueIn(n)` */
  readonly workCalendar: WorkCalendar
  newId(): string
  model(definitionId: string): Promise<ProcessModel>
  /** runs after the transaction commits (e.g. waking long-polling workers); dropped on rollback */
  afterCommit(hook: () => void): void
  /** tells long-polling fetches that a task on this topic may be available */
  notifyTopic?(topic: string): void
  /** tells the job executor a job falls due at this instant */
  notifyJob?(dueAt: number): void
}

/** A named unit of work that runs inside one transaction. */
export interface Command<Input, Output> {
  readonly name: string
  run(ctx: CommandContext, input: Input): Promise<Output>
}

/** Declares a command: `'<aggregate>.<verb>'` and the function that does it. */
export function defineCommand<Input, Output>(
  name: string,
  run: (ctx: CommandContext, input: Input) => Promise<Output>
): Command<Input, Output> {
  return { name, run }
}
