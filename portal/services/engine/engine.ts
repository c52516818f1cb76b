import db from '@adonisjs/lucid/services/db'
import { Engine, EngineQueries, createEngine } from '#engine'
import clock from '#services/clock'

let engine: Engine | undefined
let queries: EngineQueries | undefined

/** The application's engine, over Lucid's write connection and the application clock. */
export function appEngine(): Engine {
  engine ??= createEngine({ knex: db.connection().getWriteClient(), clock })
  return engine
}

/** Read access to the engine's state. */
export function engineQueries(): EngineQueries {
  queries ??= new EngineQueries(db.connection().getReadClient())
  return queries
}
