import { test } from '@japa/runner'
import { rmSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'
import { runAce, spawnServer, type AppProcess } from '#tests/helpers/app_process'
import { coolOffProcess } from './worker_fixtures.js'

/**
 * The server as a separate process, on its own port and database, so the
 * test runner's own job executor never sees its jobs: after SIGKILL a new
 * process on the same database must still fire the pending timer, once.
 */
const PORT = env.get('PORT') + 8
const ORIGIN = `http://127.0.0.1:${PORT}`
const SQLITE_PATH = env.get('SQLITE_PATH', 'tmp/zhian.test.sqlite3').replace(/(\.sqlite3)?$/, '-child.sqlite3')
const MYSQL_DB_NAME = `${env.get('MYSQL_DB_NAME', 'zhian_test')}_child`
const HOUR = 3_600_000

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DEV_MODE: undefined,
  HOST: '127.0.0.1',
  PORT: String(PORT),
  SQLITE_PATH,
  MYSQL_DB_NAME,
  ENGINE_CLOCK: 'controlled',
  ENGINE_JOB_INTERVAL_MS: '0',
  ENGINE_WORKERS: 'off',
}

/** A fresh, migrated, seeded database for the child servers (a killed earlier run may have left one). */
async function prepareChildDatabase() {
  if (env.get('DB_CONNECTION', 'sqlite') === 'mysql') {
    await db.rawQuery(`CREATE DATABASE IF NOT EXISTS \`${MYSQL_DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`)
  } else {
    for (const suffix of ['', '-wal', '-shm']) rmSync(app.makePath(SQLITE_PATH + suffix), { force: true })
  }
  await runAce(['migration:fresh', '--force'], childEnv)
  await runAce(['demo:seed'], childEnv)
}

async function call(method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(`${ORIGIN}/engine-rest${path}`, {
    method,
    headers: { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return text ? JSON.parse(text) : undefined
}

function camundaDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000')
}

test.group('server restart', () => {
  test('a pending timer fires exactly once in a new server process after SIGKILL', async ({ assert, cleanup }) => {
    // given: a server process with an instance waiting at a one-hour timer
    await prepareChildDatabase()
    const servers: AppProcess[] = []
    cleanup(async () => {
      for (const server of servers) await server.stop('SIGKILL').catch(() => {})
    })
    servers.push(await spawnServer(ORIGIN, childEnv))
    const login = await fetch(`${ORIGIN}/api/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'worker', password: DEMO_PASSWORD }) })
    const { token } = (await login.json()) as { token: string }
    const form = new FormData()
    form.set('deployment-name', 'cool-off')
    form.set('data', new Blob([coolOffProcess('coolOff')], { type: 'application/xml' }), 'cool-off.bpmn')
    const deployed = await fetch(`${ORIGIN}/engine-rest/deployment/create`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
    assert.equal(deployed.status, 200, await deployed.clone().text())
    const startedAt = Date.parse((await call('GET', '/clock', token)).time.replace('+0000', 'Z'))
    const { id } = await call('POST', '/process-definition/key/coolOff/start', token, {})
    assert.deepEqual(await call('GET', `/task?processInstanceId=${id}`, token), [])

    // when: the process dies without shutting down, and a new one starts on the same database
    assert.equal(await servers[0].stop('SIGKILL'), 'SIGKILL')
    servers.push(await spawnServer(ORIGIN, childEnv))

    // then: nothing fires before the due time
    const early = await call('PUT', '/clock', token, { time: camundaDate(startedAt + HOUR - 60_000) })
    assert.equal(early.executedJobs, 0)
    assert.deepEqual(await call('GET', `/task?processInstanceId=${id}`, token), [])

    // and the timer fires once when its time has come, and never again
    const due = await call('PUT', '/clock', token, { time: camundaDate(startedAt + HOUR + 60_000) })
    assert.equal(due.executedJobs, 1)
    const later = await call('PUT', '/clock', token, { time: camundaDate(startedAt + 10 * HOUR) })
    assert.equal(later.executedJobs, 0)
    const tasks = await call('GET', `/task?processInstanceId=${id}`, token)
    assert.deepEqual(tasks.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey), ['afterCoolOff'])
  }).timeout(60_000)
})
