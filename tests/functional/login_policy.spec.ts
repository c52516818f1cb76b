import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import AuditLog from '#models/audit_log'
import clock from '#services/clock'
import { ControlledClock } from '#engine'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'
import { nextClientIp } from '#tests/helpers/api'

const controlled = clock as ControlledClock

test.group('login lockout (身份鉴别 b)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[G-3.1.4] five failures lock the account for 15 minutes, then it opens again', async ({ client, assert }) => {
    // given
    const ip = nextClientIp()
    const attempt = (password: string) => client.post('/api/tokens').header('x-forwarded-for', ip).json({ username: 'hp.supervisor', password })

    // when: four failures are plain refusals, the fifth locks
    for (let i = 0; i < 4; i++) (await attempt('wrong-password')).assertStatus(401)
    const fifth = await attempt('wrong-password')
    const whileLocked = await attempt(DEMO_PASSWORD)
    controlled.advance({ minutes: 14, seconds: 59 })
    const almost = await attempt(DEMO_PASSWORD)
    controlled.advance({ seconds: 2 })
    const after = await attempt(DEMO_PASSWORD)

    // then
    fifth.assertStatus(423)
    fifth.assertBodyContains({ code: 'E_ACCOUNT_LOCKED' })
    assert.match(fifth.body().message, /账号已锁定/)
    whileLocked.assertStatus(423)
    almost.assertStatus(423)
    after.assertStatus(201)
    const locks = await AuditLog.query().where('action', 'auth.lock').where('username', 'hp.supervisor')
    assert.lengthOf(locks, 1)
    assert.equal(locks[0].ip, ip)
  })

  test('the security administrator can unlock a locked account at once', async ({ client }) => {
    const ip = nextClientIp()
    for (let i = 0; i < 5; i++) {
      await client.post('/api/tokens').header('x-forwarded-for', ip).json({ username: 'sy.supervisor', password: 'nope' })
    }
    const secadmin = await client.post('/api/tokens').header('x-forwarded-for', nextClientIp()).json({ username: 'secadmin', password: DEMO_PASSWORD })
    const users = await client.get('/api/users').bearerToken(secadmin.body().token)
    const target = users.body().find((u: { username: string }) => u.username === 'sy.supervisor')

    ;(await client.post(`/api/users/${target.id}/unlock`).bearerToken(secadmin.body().token)).assertStatus(204)
    const login = await client.post('/api/tokens').header('x-forwarded-for', ip).json({ username: 'sy.supervisor', password: DEMO_PASSWORD })
    login.assertStatus(201)
  })

  test('an unknown user and a wrong password get the same answer', async ({ client, assert }) => {
    const unknown = await client.post('/api/tokens').header('x-forwarded-for', nextClientIp()).json({ username: 'nobody', password: 'x' })
    const wrong = await client.post('/api/tokens').header('x-forwarded-for', nextClientIp()).json({ username: 'auditor', password: 'x' })
    unknown.assertStatus(401)
    wrong.assertStatus(401)
    assert.equal(unknown.body().message, wrong.body().message)
  })

  test('the login throttle answers 429 with a Chinese message after too many attempts from one address', async ({ client, assert }) => {
    const ip = nextClientIp()
    let last = await client.post('/api/tokens').header('x-forwarded-for', ip).json({ username: 'nobody', password: 'x' })
    for (let i = 0; i < 20 && last.status() !== 429; i++) {
      last = await client.post('/api/tokens').header('x-forwarded-for', ip).json({ username: 'nobody', password: 'x' })
    }
    last.assertStatus(429)
    assert.match(last.body().message, /频繁/)
  })
})

test.group('idle timeout (身份鉴别 b)', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[G-3.1.4] a portal session idle for more than 30 minutes is ended', async ({ client, assert }) => {
    // given: a session last seen now
    const { default: User } = await import('#models/user')
    const user = await User.findByOrFail('username', 'hp.supervisor')
    const lastSeenAt = clock.now().getTime()

    // when
    controlled.advance({ minutes: 29 })
    const active = await client.get('/').withSession({ lastSeenAt }).loginAs(user).redirects(0)
    controlled.advance({ minutes: 31 })
    const idle = await client.get('/').withSession({ lastSeenAt: lastSeenAt + 29 * 60_000 }).loginAs(user).redirects(0)

    // then
    active.assertStatus(200)
    idle.assertStatus(302)
    idle.assertHeader('location', '/login')
    const row = await AuditLog.query().where('action', 'auth.idle_timeout').where('user_id', user.id).first()
    assert.isNotNull(row)
  })
})
