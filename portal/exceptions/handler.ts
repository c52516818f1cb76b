import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import { errors as authErrors } from '@adonisjs/auth'
import { errors as lucidErrors } from '@adonisjs/lucid'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { errors as coreErrors } from '@adonisjs/core'
import { LoginRefusedError } from '#exceptions/refusals'
import { EngineError, ExpressionError, ProcessError, toCamundaError } from '#engine'
import { camundaJson } from '#services/engine/camunda_response'
import { isApiCall } from '#services/request_context'
import { errors as vineErrors } from '@vinejs/vine'

/** Chinese messages for the framework's own errors, keyed by their code. */
const MESSAGES: Record<string, string> = {
  E_UNAUTHORIZED_ACCESS: '请先登录',
  E_ROW_NOT_FOUND: '记录不存在或无权查看',
  E_ROUTE_NOT_FOUND: '请求的地址不存在',
  E_TOO_MANY_REQUESTS: '请求过于频繁，请稍后再试',
  E_BAD_CSRF_TOKEN: '页面已过期（CSRF 校验失败），请刷新后重试',
}

/**
 * One place maps errors to responses. JSON clients get
 * `{ code, message }` (or Vine's `{ errors: [{ field, message, rule }] }`
 * with 422); pages get the framework's redirect-back with flash messages.
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = !app.inProduction
  protected renderStatusPages = app.inProduction

  async handle(error: unknown, ctx: HttpContext) {
    if (ctx.request.url().startsWith('/engine-rest/')) return this.#camunda(error, ctx)
    const wantsJson = isApiCall(ctx) || ctx.request.accepts(['html', 'json']) === 'json'
    if (error instanceof lucidErrors.E_ROW_NOT_FOUND) {
      return ctx.response.status(404).send({ code: 'E_NOT_FOUND', message: MESSAGES.E_ROW_NOT_FOUND })
    }
    if (error instanceof LoginRefusedError && !wantsJson) {
      // the bag Inertia's shared `errors` prop reads; the password is never flashed back
      ctx.session.flash('inputErrorsBag', { username: [error.message] })
      return ctx.response.redirect().back()
    }
    if (wantsJson && this.#isCodedHttpError(error) && error.status < 500 && error.status !== 422) {
      const message = MESSAGES[error.code] ?? error.message
      return ctx.response.status(error.status).send({ code: error.code, message })
    }
    if (error instanceof authErrors.E_UNAUTHORIZED_ACCESS || error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      error.message = MESSAGES[error.code!] ?? error.message
    }
    if (error instanceof coreErrors.E_ROUTE_NOT_FOUND) error.message = MESSAGES.E_ROUTE_NOT_FOUND
    return super.handle(error, ctx)
  }

  /** Camunda's error body `{type, message, code}` with its status, under /engine-rest. */
  #camunda(error: unknown, ctx: HttpContext) {
    if (error instanceof EngineError || error instanceof ExpressionError) {
      const { status, body } = toCamundaError(error instanceof EngineError ? error : new ProcessError(error.message))
      return camundaJson(ctx.response, body, status)
    }
    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      const message = (error.messages as { field: string; message: string }[]).map((m) => `${m.field}: ${m.message}`).join('; ')
      return camundaJson(ctx.response, { type: 'InvalidRequestException', message, code: 0 }, 400)
    }
    if (this.#isCodedHttpError(error) && error.status < 500) {
      // Camunda's authentication filter challenges for Basic credentials, as clients such as Camunda Modeler expect
      if (error.status === 401) ctx.response.header('WWW-Authenticate', 'Basic realm="engine-rest"')
      const type = error.status === 401 ? 'AuthenticationException' : error.status === 403 ? 'AuthorizationException' : 'InvalidRequestException'
      return camundaJson(ctx.response, { type, message: MESSAGES[error.code] ?? error.message, code: 0 }, error.status)
    }
    return super.handle(error, ctx)
  }

  /** Engine errors that Camunda answers with a 4xx are the caller's mistake, not the server's: not reported. */
  async report(error: unknown, ctx: HttpContext) {
    if (error instanceof EngineError && toCamundaError(error).status < 500) return
    return super.report(error, ctx)
  }

  #isCodedHttpError(error: unknown): error is { status: number; code: string; message: string } {
    return (
      typeof error === 'object' &&
      error !== null &&
      typeof (error as any).status === 'number' &&
      typeof (error as any).code === 'string'
    )
  }
}
