import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * API routes always negotiate JSON, so validation and authorization errors
 * become 422/403 JSON instead of "redirect back with flash messages".
 */
export default class ForceJsonResponseMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const headers = ctx.request.headers()
    headers.accept = 'application/json'
    return next()
  }
}
