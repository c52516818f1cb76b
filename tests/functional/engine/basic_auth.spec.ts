import { test } from '@japa/runner'
import env from '#start/env'
import testUtils from '@adonisjs/core/services/test_utils'
import { BasicAuthInterceptor, Client, Variables } from 'camunda-external-task-client-js'
import AuditLog from '#models/audit_log'
import User from '#models/user'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'
import { principalCache } from '#services/auth/principal_cache'
import { nextClientIp, tokenFor } from '#tests/helpers/api'
import { deployBpmn, reviewProcess } from './fixtures.js'

const BASE_URL = `http://${env.get('HOST')}:${env.get('PORT')}/engine-rest`

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/** Audited Basic logins of a user, for counting. */
function basicLogins(username: string, outcome: 'success' | 'failure') {
  return AuditLog.query().where({ action: 'auth.login', username, outcome }).where('detail', 'like', '%"basic"%')
}

/**
 * These calls commit for real (the engine cannot run inside a test's
 * global transaction), so they only sign in the worker account.
 */
test.group('engine REST: HTTP Basic auth', () => {
  test('Camunda Modeler’s way: a deployment and a query signed with the worker’s name and password, audited as logins', async ({ client, assert }) => {
    // given
    const before = (await basicLogins('worker', 'success')).length
    const xml = reviewProcess('basicA', 'basic.a')

    // when
    const deployed = await client
      .post('/engine-rest/deployment/create')
      .header('authorization', basic('worker', DEMO_PASSWORD))
      .fields({ 'deployment-name': 'basic-a', 'deployment-source': 'Camunda Modeler' })
      .file('data', Buffer.from(xml), { filename: 'basic-a.bpmn', contentType: 'application/xml' })
    const listed = await client.get('/engine-rest/process-definition?key=basicA').header('authorization', basic('worker', DEMO_PASSWORD))

    // then
    deployed.assertStatus(200)
    assert.equal(listed.body()[0].key, 'basicA')
    assert.equal((await basicLogins('worker', 'success')).length, before + 2)
  })

  test('camunda-external-task-client-js with its BasicAuthInterceptor fetches and completes', async ({ client, assert, cleanup }) => {
    // given: a check waiting for a worker
    const token = await tokenFor(client, 'worker')
    await deployBpmn(client, token, 'basic-b', reviewProcess('basicB', 'basic.b'))
    const id = (await client.post('/engine-rest/process-definition/key/basicB/start').bearerToken(token).json({ variables: { priority: { value: 0 } } })).body().id

    // when: a worker signs its calls with Basic credentials
    const worker = new Client({ baseUrl: BASE_URL, workerId: 'basic-worker', interceptors: [new BasicAuthInterceptor({ username: 'worker', password: DEMO_PASSWORD })], interval: 50, autoPoll: false })
    cleanup(() => worker.stop())
    const seen = await new Promise<string>((resolve, reject) => {
      worker.subscribe('basic.b', async ({ task, taskService }: any) => {
        try {
          await taskService.complete(task, new Variables().set('score', 75).set('reviewer', 'hp.supervisor'))
          resolve(task.processInstanceId)
        } catch (error) {
          reject(error)
        }
      })
      worker.start()
    })
    worker.stop()

    // then: the check completed and the review waits
    assert.equal(seen, id)
    const tasks = (await client.get(`/engine-rest/task?processInstanceId=${id}`).bearerToken(token)).body()
    assert.deepEqual(tasks.map((t: { taskDefinitionKey: string }) => t.taskDefinitionKey), ['review'])
  })
})

/**
 * Refusals change users (failure counters, locks): each test rolls back.
 * They call /engine-rest/openapi.json, which passes the same guards but
 * touches no engine table.
 */
test.group('engine REST: HTTP Basic refusals', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a wrong password is a 401 in Camunda’s shape with a Basic challenge, audited as a failed login', async ({ client, assert }) => {
    const response = await client.get('/engine-rest/openapi.json').header('x-forwarded-for', nextClientIp()).header('authorization', basic('worker', 'wrong-password'))

    response.assertStatus(401)
    assert.equal(response.header('content-type'), 'application/json')
    assert.equal(response.body().type, 'AuthenticationException')
    assert.equal(response.body().message, '用户名或密码错误')
    assert.match(response.header('www-authenticate') ?? '', /^Basic realm=/)
    assert.lengthOf(await basicLogins('worker', 'failure'), 1)
  })

  test('[G-3.1.4] Basic attempts count towards the lockout; a locked or disabled account is refused even with its password', async ({ client, assert }) => {
    // given
    const ip = nextClientIp()
    const call = (username: string, password: string) => client.get('/engine-rest/openapi.json').header('x-forwarded-for', ip).header('authorization', basic(username, password))

    // when: five wrong passwords
    for (let i = 0; i < 4; i++) (await call('dl.supervisor', 'wrong-password')).assertStatus(401)
    const fifth = await call('dl.supervisor', 'wrong-password')
    const locked = await call('dl.supervisor', DEMO_PASSWORD)

    // then
    fifth.assertStatus(401)
    assert.match(fifth.body().message, /账号已锁定/)
    locked.assertStatus(401)
    assert.match(locked.body().message, /账号已锁定/)

    // and a disabled account
    await User.query().where('username', 'haiwan.user').update({ isActive: false })
    const disabled = await call('haiwan.user', DEMO_PASSWORD)
    disabled.assertStatus(401)
    assert.equal(disabled.body().message, '账号已停用')
  })

  test('the right password without engine:rest is a 403', async ({ client }) => {
    const response = await client.get('/engine-rest/openapi.json').header('x-forwarded-for', nextClientIp()).header('authorization', basic('hp.supervisor', DEMO_PASSWORD))
    response.assertStatus(403)
  })

  test('failed Basic attempts from one address are throttled like form logins', async ({ client, assert }) => {
    const ip = nextClientIp()
    const call = (n: number) => client.get('/engine-rest/openapi.json').header('x-forwarded-for', ip).header('authorization', basic(`nobody${n}`, 'x'))
    let last = await call(0)
    for (let i = 1; i <= 20 && last.status() !== 429; i++) last = await call(i)
    last.assertStatus(429)
    assert.match(last.body().message, /频繁/)
  })
})

test.group('engine REST: remembered Basic credentials', (group) => {
  group.each.setup(async () => {
    principalCache.setTtl(60)
    const rollback = await testUtils.db().withGlobalTransaction()
    return async () => {
      await rollback()
      principalCache.setTtl(0)
    }
  })

  test('[G-3.1.4] a remembered credential skips the login; a wrong password is still refused; a change to the user forgets it', async ({ client, assert }) => {
    const call = (password: string) => client.get('/engine-rest/openapi.json').header('x-forwarded-for', nextClientIp()).header('authorization', basic('worker', password))
    const logins = async () => (await basicLogins('worker', 'success')).length
    const before = await logins()

    ;(await call(DEMO_PASSWORD)).assertStatus(200)
    ;(await call(DEMO_PASSWORD)).assertStatus(200)
    const remembered = await logins()
    ;(await call('wrong-password')).assertStatus(401)
    principalCache.forgetUser((await User.findByOrFail('username', 'worker')).id)
    ;(await call(DEMO_PASSWORD)).assertStatus(200)

    assert.equal(remembered, before + 1)
    assert.equal(await logins(), before + 2)
  })
})
