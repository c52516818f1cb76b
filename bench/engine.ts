/**
 * Benchmark: the engine's throughput, in one run on one machine.
 *  - full lifecycles/s (start → user task → complete → end) on SQLite and on MariaDB
 *  - external tasks fetched, locked and completed per second (SQLite, MariaDB)
 *  - the same lifecycle on bpmn-engine with its state saved to SQLite after each
 *    step (what a team would otherwise pick), and the ratio
 *
 *   npm run bench:engine      (BENCH_LIFECYCLES=1000 BENCH_CONCURRENCY=10)
 */
import { EventEmitter } from 'node:events'
import { mkdirSync, rmSync } from 'node:fs'
import knexLib, { type Knex } from 'knex'
import mysql from 'mysql2/promise'
import Database from 'better-sqlite3'
import { Engine as BpmnEngine } from 'bpmn-engine'
import { EngineQueries, SystemClock, completeExternalTask, completeTask, createEngine, createAllEngineTables, deploy, dropAllEngineTables, fetchAndLock, startInstance } from '../engine/index.js'
import { setUpSqliteConnection } from '../database/sqlite_connection.js'

const LIFECYCLES = Number(process.env.BENCH_LIFECYCLES ?? 1000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10)
const root = new URL('../', import.meta.url)
mkdirSync(new URL('tmp/', root), { recursive: true })

const LIFECYCLE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://zhian.bench">
  <bpmn:process id="lifecycle" isExecutable="true">
    <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="approve" />
    <bpmn:userTask id="approve" camunda:candidateGroups="supervisors" /><bpmn:sequenceFlow id="f2" sourceRef="approve" targetRef="end" />
    <bpmn:endEvent id="end" />
  </bpmn:process>
  <bpmn:process id="external" isExecutable="true">
    <bpmn:startEvent id="xstart" /><bpmn:sequenceFlow id="x1" sourceRef="xstart" targetRef="check" />
    <bpmn:serviceTask id="check" camunda:type="external" camunda:topic="bench.check" /><bpmn:sequenceFlow id="x2" sourceRef="check" targetRef="xend" />
    <bpmn:endEvent id="xend" />
  </bpmn:process>
</bpmn:definitions>`

function sqliteKnex(): Knex {
  const file = new URL('tmp/bench_engine.sqlite3', root).pathname
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  return knexLib({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    pool: {
      afterCreate: (connection: any, done: (error: Error | null, connection: unknown) => void) => {
        setUpSqliteConnection(connection)
        done(null, connection)
      },
    },
  })
}

async function mariadbKnex(): Promise<Knex> {
  const admin = await mysql.createConnection({ host: '127.0.0.1', user: 'root', password: '' })
  await admin.query('CREATE DATABASE IF NOT EXISTS zhian_bench')
  await admin.end()
  return knexLib({ client: 'mysql2', connection: { host: '127.0.0.1', user: 'root', password: '', database: 'zhian_bench' }, pool: { min: 2, max: 10 } })
}

async function inParallel(total: number, work: () => Promise<void>): Promise<number> {
  const began = performance.now()
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < total) await work()
    })
  )
  return total / ((performance.now() - began) / 1000)
}

/** Our engine: lifecycles/s and external tasks/s on one database. */
async function ours(knex: Knex) {
  await dropAllEngineTables(knex)
  await createAllEngineTables(knex)
  const engine = createEngine({ knex, clock: new SystemClock() })
  const queries = new EngineQueries(knex)
  await engine.execute(deploy, { name: 'bench', resources: [{ name: 'bench.bpmn', content: LIFECYCLE_XML }] })

  const lifecycle = async () => {
    const started = await engine.execute(startInstance, { key: 'lifecycle' })
    const [task] = await queries.tasks({ processInstanceId: started.id })
    await engine.execute(completeTask, { taskId: task.id })
  }
  await inParallel(50, lifecycle)
  const lifecycles = await inParallel(LIFECYCLES, lifecycle)

  for (let i = 0; i < LIFECYCLES; i++) await engine.execute(startInstance, { key: 'external' })
  const began = performance.now()
  let done = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      while (true) {
        const tasks = await engine.execute(fetchAndLock, { workerId: `w${worker}`, maxTasks: 10, usePriority: true, topics: [{ topicName: 'bench.check', lockDuration: 60_000 }] })
        if (tasks.length === 0) return
        for (const task of tasks) await engine.execute(completeExternalTask, { id: task.id, workerId: `w${worker}` })
        done += tasks.length
      }
    })
  )
  const externalTasks = done / ((performance.now() - began) / 1000)
  await knex.destroy()
  return { lifecycles, externalTasks }
}

/** bpmn-engine, its state written to SQLite after each step, as a request-per-step service would. */
async function bpmnEngine() {
  const file = new URL('tmp/bench_bpmn_engine.sqlite3', root).pathname
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.exec('CREATE TABLE states (id INTEGER PRIMARY KEY, state TEXT NOT NULL)')
  const insert = sqlite.prepare('INSERT INTO states (state) VALUES (?)')
  const select = sqlite.prepare('SELECT state FROM states WHERE id = ?')
  const update = sqlite.prepare('UPDATE states SET state = ? WHERE id = ?')
  const source = LIFECYCLE_XML.replace(/<bpmn:process id="external"[\s\S]*?<\/bpmn:process>/, '')

  const lifecycle = async () => {
    const first = new BpmnEngine({ name: 'lifecycle', source })
    await first.execute({ listener: new EventEmitter() })
    const { lastInsertRowid } = insert.run(JSON.stringify(await first.getState()))

    const row = select.get(lastInsertRowid) as { state: string }
    const second = new BpmnEngine().recover(JSON.parse(row.state))
    const execution = await second.resume({ listener: new EventEmitter() })
    const ended = second.waitFor('end')
    execution.signal({ id: 'approve' })
    await ended
    update.run(JSON.stringify(await second.getState()), lastInsertRowid)
  }
  for (let i = 0; i < 50; i++) await lifecycle()
  const began = performance.now()
  for (let i = 0; i < LIFECYCLES; i++) await lifecycle()
  sqlite.close()
  return LIFECYCLES / ((performance.now() - began) / 1000)
}

const sqlite = await ours(sqliteKnex())
const mariadb = await ours(await mariadbKnex())
const alternative = await bpmnEngine()

console.log(`\nEngine benchmark: ${LIFECYCLES} lifecycles (start → user task → complete → end), ${CONCURRENCY} concurrent callers`)
console.log(`Zhian engine on SQLite (WAL)    ${sqlite.lifecycles.toFixed(0).padStart(6)} lifecycles/s   ${sqlite.externalTasks.toFixed(0).padStart(6)} external tasks/s (fetch+lock+complete)`)
console.log(`Zhian engine on MariaDB         ${mariadb.lifecycles.toFixed(0).padStart(6)} lifecycles/s   ${mariadb.externalTasks.toFixed(0).padStart(6)} external tasks/s`)
console.log(`bpmn-engine + state in SQLite   ${alternative.toFixed(0).padStart(6)} lifecycles/s`)
console.log(`ratio SQLite / bpmn-engine      ${(sqlite.lifecycles / alternative).toFixed(2)}×   (target ≥ 2×)`)
console.log(`ratio MariaDB / bpmn-engine     ${(mariadb.lifecycles / alternative).toFixed(2)}×   (target ≥ 300 lifecycles/s on MariaDB)`)
process.exit(0)
