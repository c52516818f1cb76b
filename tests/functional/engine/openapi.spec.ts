import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import { tokenFor } from '#tests/helpers/api'

test.group('engine REST: OpenAPI document', () => {
  test('every /engine-rest route is described, with its method, and nothing else is', async ({ client, assert }) => {
    const token = await tokenFor(client, 'worker')
    const response = await client.get('/engine-rest/openapi.json').bearerToken(token)
    response.assertStatus(200)
    assert.equal(response.body().openapi, '3.1.0')

    const documented = Object.entries(response.body().paths as Record<string, object>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort()
    const routed = Object.values(router.toJSON())
      .flat()
      .filter((route) => route.pattern.startsWith('/engine-rest/'))
      .flatMap((route) => route.methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${route.pattern.replace('/engine-rest', '').replace(/:(\w+)/g, '{$1}')}`))
      .sort()
    assert.deepEqual(documented, routed)
  })
})
