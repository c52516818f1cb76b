import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { accessOf, actorOf } from '#services/request_context'
import { recordAudit } from '#services/audit/audit_trail'

/**
 * Lets the request through only when the user's roles grant the permission.
 * Refusals are security events and are audited. Usage: middleware.can('project:read')
 */
export default class PermissionMiddleware {
  async handle(ctx: HttpContext, next: NextFn, permission: string) {
    const access = await accessOf(ctx)
    if (access.permissions.has(permission)) return next()

    await recordAudit(actorOf(ctx), {
      action: 'access.denied',
      outcome: 'denied',
      detail: { permission, method: ctx.request.method(), url: ctx.request.url() },
    })
    return ctx.response.status(403).send({ code: 'E_FORBIDDEN', message: `无权执行此操作（需要权限 ${permission}）` })
  }
}
