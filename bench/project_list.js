/**
 * Benchmark: the authenticated, data-scoped project list.
 * Fills 10,000 projects into a fresh SQLite file (tmp/bench.sqlite3), serves
 * the app in production mode, and drives GET /api/projects with autocannon
 * for three callers (province, county, enterprise). Prints requests/s and
 * p99, and the ratio against the target of 2,000 requests/s.
 *
 *   npm run bench:projects            (BENCH_SECONDS=10 BENCH_CONNECTIONS=10)
 */
import { spawn, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'

await import('../bin/prepare.js')

const root = new URL('../', import.meta.url)
const TARGET = 2000
const PROJECTS = 10_000
const PORT = Number(process.env.BENCH_PORT ?? 3399)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const dbFile = 'tmp/bench.sqlite3'
const env = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  DB_CONNECTION: 'sqlite',
  SQLITE_PATH: dbFile,
  PORT: String(PORT),
  HOST: '127.0.0.1',
  LIMITER_STORE: 'memory',
}

function ace(...args) {
  const result = spawnSync(process.execPath, ['ace', ...args], { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`ace ${args.join(' ')} failed`)
}

/** 10,000 projects spread over every county, each with an owner, contractor and supervising engineer. */
function fillProjects() {
  const sqlite = new Database(new URL(dbFile, root).pathname)
  const counties = sqlite.prepare(`SELECT id, path, region_code FROM organizations WHERE kind = 'authority' AND level = 'county' ORDER BY id`).all()
  const stations = sqlite.prepare(`SELECT id, parent_id, kind FROM organizations WHERE kind IN ('quality_station', 'safety_station')`).all()
  const enterprises = sqlite.prepare(`SELECT id, enterprise_type FROM organizations WHERE kind = 'enterprise'`).all()
  const byType = (type) => enterprises.filter((e) => e.enterprise_type === type)
  const roles = [['owner', byType('owner')], ['contractor', byType('contractor')], ['supervising_engineer', byType('supervising_engineer')]]
  const insertProject = sqlite.prepare(
    `INSERT INTO projects (code, name, category, region_code, address, latitude, longitude, authority_id, quality_station_id, safety_station_id, scope_path, status, created_at, updated_at)
     VALUES (?, ?, '01', ?, ?, ?, ?, ?, ?, ?, ?, 'filed', datetime('now'), datetime('now'))`
  )
  const insertParty = sqlite.prepare(`INSERT INTO project_parties (project_id, organization_id, role) VALUES (?, ?, ?)`)
  sqlite.transaction(() => {
    for (let i = 0; i < PROJECTS; i++) {
      const county = counties[i % counties.length]
      const quality = stations.find((s) => s.parent_id === county.id && s.kind === 'quality_station')
      const safety = stations.find((s) => s.parent_id === county.id && s.kind === 'safety_station')
      const serial = String(100000 + i).padStart(6, '0')
      const { lastInsertRowid } = insertProject.run(
        `2025-${county.region_code}-47-01-${serial}`, `压测项目${i + 1}号楼`, county.region_code, '辽宁省',
        41 + (i % 100) / 100, 123 + (i % 100) / 100, county.id, quality.id, safety.id, county.path
      )
      for (const [role, candidates] of roles) insertParty.run(lastInsertRowid, candidates[i % candidates.length].id, role)
    }
  })()
  sqlite.close()
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('server did not start')
}

async function token(base, username) {
  const response = await fetch(`${base}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Zhian@2026' }),
  })
  if (response.status !== 201) throw new Error(`login ${username}: ${response.status}`)
  return (await response.json()).token
}

rmSync(new URL(dbFile, root), { force: true })
rmSync(new URL(`${dbFile}-wal`, root), { force: true })
rmSync(new URL(`${dbFile}-shm`, root), { force: true })
ace('migration:run', '--force')
ace('demo:seed')
fillProjects()

const server = spawn(process.execPath, ['--import', '@poppinss/ts-exec', 'bin/server.ts'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
const base = `http://127.0.0.1:${PORT}`
try {
  await waitForServer(`${base}/api/me`)
  console.log(`\nGET /api/projects, ${PROJECTS} projects in SQLite (WAL), ${CONNECTIONS} connections, ${SECONDS} s each`)
  console.log('caller                       visible   req/s    p50 ms  p99 ms  non-2xx  ratio vs 2,000 req/s')
  for (const [label, username] of [['province supervisor', 'ln.supervisor'], ['county supervisor', 'hp.supervisor'], ['enterprise user', 'hongji.user']]) {
    const bearer = await token(base, username)
    const probe = await (await fetch(`${base}/api/projects`, { headers: { authorization: `Bearer ${bearer}` } })).json()
    const result = await autocannon({
      url: `${base}/api/projects`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { authorization: `Bearer ${bearer}` },
    })
    const rps = result.requests.average
    console.log(
      `${label.padEnd(28)} ${String(probe.meta.total).padStart(7)} ${rps.toFixed(0).padStart(7)} ${String(result.latency.p50).padStart(8)} ${String(result.latency.p99).padStart(7)} ${String(result.non2xx).padStart(8)}  ${(rps / TARGET).toFixed(2)}×`
    )
  }
} finally {
  server.kill('SIGTERM')
}
