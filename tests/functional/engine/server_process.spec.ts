import { test } from '@japa/runner'
import { rmSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'
import { runAce, spawnServer, type AppProcess } from '#tests/helpers/app_process'
import { eventually } from '#tests/helpers/eventually'
import { coolOffProcess, projectLookupProcess } from './worker_fixtures.js'

/**
 * The server as a separate process (bin/server.ts), on its own port and
 * database, so the test runner's own job executor and workers never touch
 * its jobs and tasks.
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

/** The demo `worker` account's token, from the child server's token API. */
async function signIn(): Promise<string> {
  const login = await fetch(`${ORIGIN}/api/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'worker', password: DEMO_PASSWORD }) })
  if (login.status !== 201) throw new Error(`sign-in: ${login.status} ${await login.text()}`)
  return ((await login.json()) as { token: string }).token
}

/** Deploys one BPMN file through the multipart endpoint. */
async function deploy(token: string, name: string, xml: string) {
  const form = new FormData()
  form.set('deployment-name', name)
  form.set('data', new Blob([xml], { type: 'application/xml' }), `${name}.bpmn`)
  const deployed = await fetch(`${ORIGIN}/engine-rest/deployment/create`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
  if (deployed.status !== 200) throw new Error(`deploy: ${deployed.status} ${await deployed.text()}`)
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

test.group('server as a separate process', (group) => {
  group.setup(() => prepareChildDatabase())
  group.each.timeout(60_000)

  test('a pending timer fires exactly once in a new server process after SIGKILL', async ({ assert, cleanup }) => {
    // given: a server process with an instance waiting at a one-hour timer
    const servers: AppProcess[] = []
    cleanup(async () => {
      for (const server of servers) await server.stop('SIGKILL').catch(() => {})
    })
    servers.push(await spawnServer(ORIGIN, childEnv))
    const token = await signIn()
    await deploy(token, 'cool-off', coolOffProcess('coolOff'))
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
  })

  test('with ENGINE_WORKERS=inprocess the server runs project-lookup itself and exits cleanly on SIGTERM', async ({ assert, cleanup }) => {
    // given
    const server = await spawnServer(ORIGIN, { ...childEnv, ENGINE_WORKERS: 'inprocess' })
    cleanup(() => void server.stop('SIGKILL').catch(() => {}))
    const token = await signIn()
    await deploy(token, 'lookup-inprocess', projectLookupProcess('lookupInprocess'))

    // when
    const { id } = await call('POST', '/process-definition/key/lookupInprocess/start', token, { businessKey: '2026-210102-47-01-000001' })

    // then: the server's own workers completed the lookup
    const tasks = await eventually(() => `the review task (server output: ${server.output()})`, async () => {
      const open = await call('GET', `/task?processInstanceId=${id}`, token)
      return open.length > 0 && open
    })
    assert.deepEqual(tasks.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey), ['review'])
    assert.equal((await call('GET', `/process-instance/${id}/variables`, token)).projectName.value, '长白岛滨河住宅小区一期工程')

    // and SIGTERM stops the workers and the server cleanly
    assert.equal(await server.stop('SIGTERM', 10_000), 0, server.output())
  })
})
