import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { deploy, startInstance } from '#engine'
import clock from '#services/clock'
import { appEngine } from '#services/engine/engine'
import { deadlineProcess } from './fixtures.js'

const run = promisify(execFile)
const JOBS = 1000

function engineProcess(runAt: number, startAt: number) {
  return run(process.execPath, ['--import', '@poppinss/ts-exec', 'tests/helpers/run_due_jobs.ts'], {
    cwd: app.makePath(),
    env: { ...process.env, RUN_AT: String(runAt), START_AT: String(startAt), MYSQL_DB_NAME: env.get('MYSQL_DB_NAME', 'zhian_test') },
  })
}

test.group('job executor across processes', () => {
  test('two processes on one MariaDB run each of 1,000 due timers exactly once', async ({ assert }) => {
    // given: 1,000 instances waiting at a one-hour timer
    const engine = appEngine()
    const xml = deadlineProcess('manyTimers', 'mt')
    await engine.execute(deploy, { name: 'many-timers', resources: [{ name: 'many.bpmn', content: xml }] })
    const ids: string[] = []
    for (let i = 0; i < JOBS; i++) ids.push((await engine.execute(startInstance, { key: 'manyTimers', variables: { reminders: { type: 'String', value: 'R1/PT999H' } } })).id)
    const tasks = await db.from('engine_tasks').whereIn('process_instance_id', ids).select('id')
    const { completeTask } = await import('#engine')
    for (const task of tasks) await engine.execute(completeTask, { taskId: task.id })
    assert.equal(Number((await db.from('engine_jobs').whereIn('process_instance_id', ids).count('* as n'))[0].n), JOBS)

    // when: two separate processes run what is due an hour later, at the same time
    const runAt = clock.now().getTime() + 3_600_000 + 1000
    const startAt = Date.now() + 5000
    const [first, second] = await Promise.all([engineProcess(runAt, startAt), engineProcess(runAt, startAt)])
    const counts = [first, second].map((r) => JSON.parse(r.stdout.trim().split('\n').pop()!).executed as number)

    // then: all ran, none twice, and both processes took a share
    assert.equal(counts[0] + counts[1], JOBS)
    assert.isAbove(Math.min(...counts), 0)
    assert.equal(Number((await db.from('engine_jobs').whereIn('process_instance_id', ids).count('* as n'))[0].n), 0)
    const archives = await db.from('engine_external_tasks').whereIn('process_instance_id', ids).where('activity_id', 'archive').select('process_instance_id')
    assert.equal(archives.length, JOBS)
    assert.equal(new Set(archives.map((a) => a.process_instance_id)).size, JOBS)
  })
    .skip(env.get('DB_CONNECTION', 'sqlite') !== 'mysql', 'needs MariaDB: several processes on one server database')
    .timeout(120_000)
})
