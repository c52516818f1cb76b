/**
 * A second (and third) engine process for the multi-process job test: it
 * connects to the MariaDB the tests use, sets its clock to RUN_AT, waits
 * for the wall-clock instant START_AT (so that both processes, booted at
 * different speeds, start together), runs every job due by then, and prints
 * how many it ran.
 *   node --import @poppinss/ts-exec tests/helpers/run_due_jobs.ts
 */
import knexLib from 'knex'
import { ControlledClock, JobExecutor, createEngine } from '../../engine/index.js'

const knex = knexLib({
  client: 'mysql2',
  connection: {
    host: process.env.MYSQL_HOST ?? '127.0.0.1',
    port: Number(process.env.MYSQL_PORT ?? 3306),
    user: process.env.MYSQL_USER ?? 'root',
    password: process.env.MYSQL_PASSWORD ?? '',
    database: process.env.MYSQL_DB_NAME ?? 'zhian_test',
  },
  pool: { min: 1, max: 4 },
})
const clock = new ControlledClock(new Date(Number(process.env.RUN_AT)))
await knex.raw('select 1')
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(process.env.START_AT) - Date.now())))
const executed = await new JobExecutor(createEngine({ knex, clock }), { intervalMs: 0, maxJobsPerRound: 25 }).runDue()
console.log(JSON.stringify({ executed }))
await knex.destroy()
