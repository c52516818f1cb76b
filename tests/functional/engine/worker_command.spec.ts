import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { tokenFor } from '#tests/helpers/api'
import { eventually } from '#tests/helpers/eventually'
import { spawnApp } from '#tests/helpers/app_process'
import { deployBpmn } from './fixtures.js'
import { projectLookupProcess } from './worker_fixtures.js'

/**
 * `node ace engine:workers` as its own process, pointed at the test server
 * through ENGINE_REST_URL: it issues its own token, serves project-lookup,
 * and stops cleanly on SIGTERM.
 */
test.group('node ace engine:workers', () => {
  test('a separate worker process completes project-lookup, then stops on SIGTERM', async ({ client, assert, cleanup }) => {
    // given
    const token = await tokenFor(client, 'worker')
    ;(await deployBpmn(client, token, 'lookup-cmd', projectLookupProcess('lookupCmd'))).assertStatus(200)
    const workers = spawnApp(['ace', 'engine:workers'], {
      ...process.env,
      ENGINE_REST_URL: `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`,
    })
    cleanup(() => void workers.stop('SIGKILL').catch(() => {}))

    // when
    const started = await client.post('/engine-rest/process-definition/key/lookupCmd/start').bearerToken(token).json({ businessKey: '2026-210102-47-01-000001' })
    const id = started.body().id

    // then: the worker process moved it to the review with the project's name
    const tasks = await eventually(() => `the review task (worker output: ${workers.output()})`, async () => {
      const body = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
      return body.length > 0 && body
    }, 25_000)
    assert.deepEqual(tasks.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey), ['review'])
    const variables = (await client.get(`/engine-rest/process-instance/${id}/variables`).bearerToken(token)).body()
    assert.equal(variables.projectName.value, '长白岛滨河住宅小区一期工程')

    // and SIGTERM stops it with exit code 0, its token revoked
    assert.equal(await workers.stop('SIGTERM'), 0, workers.output())
    assert.lengthOf(await db.from('auth_access_tokens').where('name', 'engine-workers'), 0)
  }).timeout(45_000)
})
