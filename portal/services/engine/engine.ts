import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import env from '#start/env'
import { Engine, EngineQueries, HistoryQueries, JobExecutor, RepositoryQueries, createEngine } from '#engine'
import clock from '#services/clock'
import { workCalendar } from '#services/work_calendar'

let engine: Engine | undefined
let queries: EngineQueries | undefined
let executor: JobExecutor | undefined
let repository: RepositoryQueries | undefined
let history: HistoryQueries | undefined

/** The application's engine, over Lucid's write connection, the application clock and the dictionaries' work calendar. */
export function appEngine(): Engine {
  engine ??= createEngine({ knex: db.connection().getWriteClient(), clock, zone: env.get('ENGINE_TIMEZONE', 'Asia/Shanghai'), workCalendar })
  return engine
}

/** Read access to the engine's state; "now" in its filters is the application clock. */
export function engineQueries(): EngineQueries {
  queries ??= new EngineQueries(db.connection().getReadClient(), clock)
  return queries
}

/** Read access to deployments, their resources and definitions. */
export function repositoryQueries(): RepositoryQueries {
  repository ??= new RepositoryQueries(db.connection().getReadClient())
  return repository
}

/** Read access to the engine's history. */
export function historyQueries(): HistoryQueries {
  history ??= new HistoryQueries(db.connection().getReadClient())
  return history
}

/** This process's job executor (timers); several processes share the jobs through their locks. */
export function appJobExecutor(): JobExecutor {
  executor ??= new JobExecutor(appEngine(), { intervalMs: env.get('ENGINE_JOB_INTERVAL_MS', 1000) })
  return executor
}

/**
 * Engine reads through a Lucid client: inside a transaction they join it
 * (on SQLite the one pooled connection is the transaction's, so a read
 * outside it would wait forever), otherwise they use the read connection.
 */
export function engineQueriesOn(client: QueryClientContract): EngineQueries {
  if ('knexClient' in client && client.isTransaction) return new EngineQueries((client as TransactionClientContract).knexClient, clock)
  return engineQueries()
}
