/**
 * Benchmark: the inbox (GET /api/inbox, 待办, first page of 20 with the total)
 * of a county supervisor, over HTTP against the real server.
 * Fills 100,000 open tasks over 10,000 projects and their cases (ten tasks
 * per case, mixed candidate groups, candidate users and assignees, due dates
 * around today) spread over every county, into a fresh SQLite file
 * (tmp/bench_inbox.sqlite3) or, with DB_CONNECTION=mysql, a fresh MariaDB
 * database (zhian_bench_inbox). Then drives the endpoint with autocannon and
 * prints requests/s, p50/p99 latency and the ratio against the target
 * (1,000 requests/s, p99 < 100 ms), for BENCH_RUNS runs.
 *
 *   npm run bench:inbox     (BENCH_SECONDS=10 BENCH_CONNECTIONS=10 BENCH_RUNS=3)
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import knexLib, { type Knex } from 'knex'
import mysql from 'mysql2/promise'
import { setUpSqliteConnection } from '../database/sqlite_connection.js'
import { UNDATED, holdersOf } from '../engine/index.js'

await import('../bin/prepare.js' as string)

/** The part of autocannon's result this bench prints (the package ships no types). */
interface LoadResult {
  requests: { average: number }
  latency: { p50: number; p99: number }
  non2xx: number
}
const { default: autocannon } = (await import('autocannon' as string)) as { default: (options: Record<string, unknown>) => Promise<LoadResult> }

const root = new URL('../', import.meta.url)
const TARGET_RPS = 1000
const TARGET_P99 = 100
const PROJECTS = 10_000
const TASKS_PER_CASE = 10
const CALLER = process.env.BENCH_CALLER ?? 'hp.supervisor'
const PORT = Number(process.env.BENCH_PORT ?? 3398)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const MYSQL = process.env.DB_CONNECTION === 'mysql'
const dbFile = 'tmp/bench_inbox.sqlite3'
const mysqlDb = 'zhian_bench_inbox'
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  DB_CONNECTION: MYSQL ? 'mysql' : 'sqlite',
  SQLITE_PATH: dbFile,
  MYSQL_DB_NAME: mysqlDb,
  PORT: String(PORT),
  HOST: '127.0.0.1',
  LIMITER_STORE: 'memory',
}

function ace(...args: string[]) {
  const result = spawnSync(process.execPath, ['ace', ...args], { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`ace ${args.join(' ')} failed`)
}

async function freshDatabase(): Promise<void> {
  mkdirSync(new URL('tmp/', root), { recursive: true })
  if (!MYSQL) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(new URL(dbFile + suffix, root), { force: true })
    return
  }
  const admin = await mysql.createConnection({ host: '127.0.0.1', user: 'root', password: '' })
  await admin.query(`DROP DATABASE IF EXISTS ${mysqlDb}`)
  await admin.query(`CREATE DATABASE ${mysqlDb} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`)
  await admin.end()
}

function connect(): Knex {
  if (MYSQL) return knexLib({ client: 'mysql2', connection: { host: '127.0.0.1', user: 'root', password: '', database: mysqlDb }, pool: { min: 1, max: 4 } })
  return knexLib({
    client: 'better-sqlite3',
    connection: { filename: new URL(dbFile, root).pathname },
    useNullAsDefault: true,
    pool: { afterCreate: (connection: any, done: (error: Error | null, connection: unknown) => void) => (setUpSqliteConnection(connection), done(null, connection)) },
  })
}

/**
 * Who a case's ten tasks wait for: the mix a station's cases show (review by
 * any supervisor, named people, the applicant). Named supervisors are the
 * county's own: hp.* in 和平区, placeholders elsewhere.
 */
function holders(k: number, county: string): { assignee?: string; candidate_users?: string; candidate_groups?: string } {
  const own = county === '210102' ? 'hp' : `c${county}`
  if (k <= 2) return { candidate_groups: 'supervisor,station_chief' }
  if (k === 3) return { candidate_groups: 'station_chief' }
  if (k === 4) return { candidate_users: `${own}.supervisor,${own}.chief` }
  if (k === 5) return { assignee: `${own}.supervisor` }
  if (k === 6 || k === 7) return { assignee: 'hongji.user' }
  if (k === 8) return { assignee: 'hp.chief' }
  return { candidate_groups: 'enterprise_user' }
}

/** 10,000 projects, cases and instances, and 100,000 open tasks, in bulk inserts. */
async function fill(knex: Knex): Promise<void> {
  const counties = await knex('organizations').where({ kind: 'authority', level: 'county' }).orderBy('id').select('id', 'path', 'region_code')
  const stations = await knex('organizations').where('kind', 'quality_station').select('id', 'parent_id')
  const enterprises = await knex('organizations').where('kind', 'enterprise').select('id')
  const starter = await knex('users').where('username', 'hongji.user').first()
  const now = Date.now()
  const day = 86_400_000
  await knex('engine_deployments').insert({ id: 'bench-deployment', name: 'project-filing', source: 'bench', deployed_at: now })
  await knex('engine_process_definitions').insert({ id: 'project-filing:1:bench', key: 'project-filing', name: '项目报监', version: 1, deployment_id: 'bench-deployment', resource_name: 'process.bpmn', checksum: 'bench', xml: '<definitions/>' })

  const projects = []
  for (let i = 0; i < PROJECTS; i++) {
    const county = counties[i % counties.length]
    const station = stations.find((s) => s.parent_id === county.id)
    projects.push({ code: `2025-${county.region_code}-47-01-${String(200000 + i)}`, name: `压测项目${i + 1}号楼`, category: '01', region_code: county.region_code, address: '辽宁省', authority_id: county.id, quality_station_id: station?.id ?? null, scope_path: county.path, status: 'filed', created_at: new Date(), updated_at: new Date() })
  }
  await knex.batchInsert('projects', projects, 500)
  const projectRows = await knex('projects').where('code', 'like', '2025-%-47-01-2%').orderBy('id').select('id', 'authority_id', 'quality_station_id', 'scope_path', 'region_code')

  const instances = []
  const tenants = []
  const cases = []
  const tasks = []
  const links = []
  for (const [i, project] of projectRows.entries()) {
    const instanceId = `bench-pi-${i}`
    instances.push({ id: instanceId, definition_id: 'project-filing:1:bench', definition_key: 'project-filing', business_key: null, state: 'ACTIVE', started_at: now - (i % 30) * day, rev: 1 })
    // what the engine writes when the portal starts a case under its jurisdiction (startInstance tenantId)
    tenants.push({ process_instance_id: instanceId, tenant_id: project.scope_path })
    cases.push({ process_instance_id: instanceId, definition_key: 'project-filing', definition_id: 'project-filing:1:bench', case_no: `BJ2025${String(i).padStart(8, '0')}`, title: `压测项目${i + 1}号楼报监`, project_id: project.id, applicant_organization_id: enterprises[i % enterprises.length].id, started_by: starter.id, handling_organization_id: project.quality_station_id, scope_path: project.scope_path, created_at: new Date() })
    for (let k = 0; k < TASKS_PER_CASE; k++) {
      const created = now - ((i * 7 + k * 3) % 40) * day
      const task = { id: `bench-t-${i}-${k}`, process_instance_id: instanceId, execution_id: instanceId, process_definition_id: 'project-filing:1:bench', task_definition_key: `step${k}`, name: `办理环节${k + 1}`, priority: 50, created_at: created, due_at: k === 9 ? null : created + 30 * day, ...holders(k, project.region_code) }
      tasks.push(task)
      // and the task links the engine writes with each task (engine/store/task_links.ts)
      const held = { assignee: task.assignee ?? null, candidate_users: task.candidate_users ?? null, candidate_groups: task.candidate_groups ?? null }
      for (const holder of holdersOf(held)) links.push({ holder, tenant_id: project.scope_path, due_key: task.due_at ?? UNDATED, task_id: task.id })
    }
  }
  await knex.batchInsert('engine_process_instances', instances, 500)
  await knex.batchInsert('process_cases', cases, 500)
  await knex.batchInsert('engine_instance_tenants', tenants, 500)
  await knex.batchInsert('engine_tasks', tasks, 500)
  await knex.batchInsert('engine_task_links', links, 500)
  if (MYSQL) await knex.raw('ANALYZE TABLE engine_tasks, engine_task_links, process_cases, projects')
  else await knex.raw('ANALYZE')
}

async function waitForServer(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('server did not start')
}

async function token(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Zhian@2026' }) })
  if (response.status !== 201) throw new Error(`login ${username}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

await freshDatabase()
ace('migration:run', '--force')
ace('demo:seed')
const knex = connect()
const filling = performance.now()
await fill(knex)
console.log(`filled ${PROJECTS} projects/cases and ${PROJECTS * TASKS_PER_CASE} tasks in ${((performance.now() - filling) / 1000).toFixed(1)} s`)
await knex.destroy()

const server = spawn(process.execPath, ['--import', '@poppinss/ts-exec', 'bin/server.ts'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
const base = `http://127.0.0.1:${PORT}`
try {
  await waitForServer(`${base}/api/me`)
  const bearer = await token(base, CALLER)
  const headers = { authorization: `Bearer ${bearer}` }
  const probe = (await (await fetch(`${base}/api/inbox`, { headers })).json()) as { meta: { total: number } }
  const summary = (await (await fetch(`${base}/api/inbox/summary`, { headers })).json()) as { open: number; overdue: number }
  console.log(`\nGET /api/inbox as ${CALLER} on ${MYSQL ? 'MariaDB' : 'SQLite (WAL)'}: ${probe.meta.total} tasks in his 待办 (${summary.overdue} overdue), ${CONNECTIONS} connections, ${SECONDS} s per run`)
  console.log('run   req/s   p50 ms  p99 ms  non-2xx  req/s vs 1,000   p99 vs 100 ms')
  for (let run = 1; run <= RUNS; run++) {
    const result = await autocannon({ url: `${base}/api/inbox`, connections: CONNECTIONS, duration: SECONDS, headers })
    const rps = result.requests.average
    console.log(
      `${String(run).padEnd(4)} ${rps.toFixed(0).padStart(7)} ${String(result.latency.p50).padStart(8)} ${String(result.latency.p99).padStart(7)} ${String(result.non2xx).padStart(8)}  ${(rps / TARGET_RPS).toFixed(2).padStart(12)}×  ${(TARGET_P99 / Math.max(result.latency.p99, 1)).toFixed(2).padStart(12)}×`
    )
  }
} finally {
  server.kill('SIGTERM')
  // the server drains keep-alive connections on SIGTERM; do not wait for it
  setTimeout(() => server.kill('SIGKILL'), 3000).unref()
}
process.exitCode = 0
setTimeout(() => process.exit(), 3500).unref()
