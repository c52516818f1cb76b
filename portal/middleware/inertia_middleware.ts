import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import type User from '#models/user'
import { accessOf, isApiCall } from '#services/request_context'

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  async share(ctx: HttpContext) {
    /**
     * ctx may not be fully hydrated (a 404 rendered before the session and
     * auth middleware ran), so these are optional.
     */
    const { auth, session } = ctx as Partial<HttpContext>
    const user = auth?.user as User | undefined
    // the request's access is loaded once (and usually comes from the principal cache): the shell's menu needs it
    const access = user ? await accessOf(ctx) : null
    return {
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      notice: ctx.inertia.always((session?.flashMessages.get('notice') as string | undefined) ?? null),
      user: ctx.inertia.always(user ? { id: user.id, username: user.username, fullName: user.fullName } : null),
      organization: ctx.inertia.always(access ? { id: access.organizationId, name: access.organizationName, kind: access.organizationKind } : null),
      permissions: ctx.inertia.always(access ? [...access.permissions].sort() : []),
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    // API clients never get pages: spare them the Inertia setup on the hottest routes
    if (isApiCall(ctx)) return next()
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
