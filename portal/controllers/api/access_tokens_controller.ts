import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import { loginValidator } from '#validators/auth'
import { attemptLogin } from '#actions/auth/attempt_login'
import { actorOf } from '#services/request_context'
import { revokeToken } from '#actions/auth/revoke_token'

/** Personal access tokens for API clients and devices: issue with credentials, revoke with the token. */
export default class AccessTokensController {
  async store({ request, response }: HttpContext) {
    const { username, password, tokenName } = await request.validateUsing(loginValidator)
    const user = await attemptLogin({ username, password, ip: request.ip(), userAgent: request.header('user-agent') ?? null, channel: 'api' })
    const token = await User.accessTokens.create(user, ['*'], { name: tokenName ?? 'api' })
    return response.created({
      type: 'bearer',
      token: token.value!.release(),
      expiresAt: token.expiresAt?.toISOString() ?? null,
      mustChangePassword: user.mustChangePassword,
    })
  }

  async destroy(ctx: HttpContext) {
    await revokeToken(ctx.auth.use('api').getUserOrFail(), actorOf(ctx))
    return ctx.response.noContent()
  }
}
