import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { principalCache } from '#services/auth/principal_cache'
import { tokenFor } from '#tests/helpers/api'

/**
 * The suite runs with the cache off (each test rolls back its writes); here
 * it is on, to prove that changes made in this process reach it at once.
 */
test.group('principal cache', (group) => {
  group.each.setup(async () => {
    principalCache.setTtl(60)
    const rollback = await testUtils.db().withGlobalTransaction()
    return async () => {
      await rollback()
      principalCache.setTtl(0)
    }
  })

  test('[G-3.1.4] taking a role away takes effect on the next call', async ({ client }) => {
    // given: a supervisor whose access is cached by a first call
    const token = await tokenFor(client, 'hp.supervisor')
    ;(await client.get('/api/projects').bearerToken(token)).assertStatus(200)
    const target = await User.findByOrFail('username', 'hp.supervisor')

    // when
    const security = await tokenFor(client, 'secadmin')
    ;(await client.put(`/api/users/${target.id}/roles`).bearerToken(security).json({ roles: [] })).assertStatus(200)

    // then
    ;(await client.get('/api/projects').bearerToken(token)).assertStatus(403)
  })

  test('[G-3.1.4] a revoked token is refused on the next call', async ({ client }) => {
    const token = await tokenFor(client, 'hp.supervisor')
    ;(await client.get('/api/me').bearerToken(token)).assertStatus(200)

    ;(await client.delete('/api/tokens/current').bearerToken(token)).assertStatus(204)

    ;(await client.get('/api/me').bearerToken(token)).assertStatus(401)
  })

  test('a cached token still needs its secret', async ({ client }) => {
    const token = await tokenFor(client, 'hp.supervisor')
    ;(await client.get('/api/me').bearerToken(token)).assertStatus(200)
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    ;(await client.get('/api/me').bearerToken(forged)).assertStatus(401)
  })
})
