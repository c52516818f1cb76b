import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import AuditLog from '#models/audit_log'
import User from '#models/user'
import { DEMO_PASSWORD } from '#database/seeds/liaoning'

test.group('portal session and CSRF', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[G-3.1.4] logging in through the form without a CSRF token is refused and logs nobody in', async ({ client, assert }) => {
    const logins = () => AuditLog.query().where('action', 'auth.login').where('username', 'hp.supervisor').count('* as n')
    const before = await logins()

    const response = await client.post('/login').form({ username: 'hp.supervisor', password: DEMO_PASSWORD }).redirects(0)

    response.assertStatus(302)
    response.assertFlashMessage('error', 'Invalid or expired CSRF token')
    assert.equal((await logins())[0].$extras.n, before[0].$extras.n)
  })

  test('[G-3.1.4] a JSON write on a session without the CSRF token gets 403', async ({ client }) => {
    const user = await User.findByOrFail('username', 'hp.supervisor')
    const response = await client.post('/password').header('accept', 'application/json').json({}).loginAs(user)
    response.assertStatus(403)
    response.assertBodyContains({ code: 'E_BAD_CSRF_TOKEN' })
  })

  test('[G-3.1.4] the form login with a CSRF token signs in and audits the client IP', async ({ client, assert }) => {
    const response = await client
      .post('/login')
      .header('x-forwarded-for', '203.0.113.7')
      .header('user-agent', 'ZhianTest/1.0')
      .form({ username: 'hp.supervisor', password: DEMO_PASSWORD })
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/')
    assert.isNumber(response.session().lastSeenAt)
    const row = await AuditLog.query().where('action', 'auth.login').where('username', 'hp.supervisor').orderBy('id', 'desc').firstOrFail()
    assert.equal(row.outcome, 'success')
    assert.equal(row.ip, '203.0.113.7')
    assert.equal(row.userAgent, 'ZhianTest/1.0')
  })

  test('a wrong password on the form comes back to the form with a Chinese error', async ({ client }) => {
    const response = await client
      .post('/login')
      .header('referer', '/login')
      .form({ username: 'hp.supervisor', password: 'wrong' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', { username: ['用户名或密码错误'] })
  })

  test('the shell needs a session; with one it renders the home page', async ({ client }) => {
    const user = await User.findByOrFail('username', 'hp.supervisor')
    const anonymous = await client.get('/').redirects(0)
    const signedIn = await client.get('/').withInertia().loginAs(user)
    anonymous.assertStatus(302)
    anonymous.assertHeader('location', '/login')
    signedIn.assertStatus(200)
    signedIn.assertInertiaComponent('home')
  })
})
