import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'
import { isApiCall } from '#services/request_context'

/**
 * Serves files from public/, but never looks on disk for API paths: a stat
 * per API call costs a thread-pool round trip on the hottest routes.
 */
@inject()
export default class StaticAssetsMiddleware {
  constructor(private files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    if (isApiCall(ctx)) return next()
    return this.files.handle(ctx, next)
  }
}
