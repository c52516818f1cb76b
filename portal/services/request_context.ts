import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import type { AuditActor } from '#services/audit/audit_trail'
import { loadAccess, type Access } from '#services/access/access'
import { principalCache } from '#services/auth/principal_cache'

const cache = new WeakMap<HttpContext, Promise<Access>>()

/** A call to the JSON API or the engine's REST API: Bearer tokens, JSON answers, never a page. */
export function isApiCall(ctx: HttpContext): boolean {
  const url = ctx.request.url()
  return url.startsWith('/api/') || url.startsWith('/engine-rest/')
}

/** The signed-in user of either guard; routes that call this sit behind the auth middleware. */
export function currentUser(ctx: HttpContext): User {
  return ctx.auth.getUserOrFail() as User
}

/** Who is acting and from where, for the audit trail. */
export function actorOf(ctx: HttpContext): AuditActor {
  const user = ctx.auth?.user as User | undefined
  return {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    organizationId: user?.organizationId ?? null,
    ip: ctx.request.ip(),
    userAgent: ctx.request.header('user-agent') ?? null,
  }
}

/** The current user's permissions and scopes: once per request, and from the principal cache when fresh. */
export function accessOf(ctx: HttpContext): Promise<Access> {
  let access = cache.get(ctx)
  if (!access) {
    const user = currentUser(ctx)
    const remembered = principalCache.access.get(user.id)
    access = remembered
      ? Promise.resolve(remembered)
      : loadAccess(user).then((loaded) => {
          principalCache.access.set(user.id, loaded)
          return loaded
        })
    cache.set(ctx, access)
  }
  return access
}
