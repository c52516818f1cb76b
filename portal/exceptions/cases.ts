import { Exception } from '@adonisjs/core/exceptions'

/** A process the caller may not start, or that is not deployed: it does not exist for them. */
export class ProcessNotStartableError extends Exception {
  static status = 404
  static code = 'E_PROCESS_NOT_STARTABLE'

  constructor(key: string) {
    super(`没有可发起的流程：${key}`)
  }
}

/** The process's latest version is suspended (挂起) by the administrator: it exists, but takes no new cases for now. */
export class ProcessSuspendedError extends Exception {
  static status = 409
  static code = 'E_PROCESS_SUSPENDED'

  constructor(name: string) {
    super(`「${name}」已被管理员挂起，暂不能发起新的办件`)
  }
}

/** The start form names a region no handling body serves (a misconfigured definition or dictionary). */
export class NoHandlerError extends Exception {
  static status = 422
  static code = 'E_NO_HANDLER'

  constructor(readonly path: string, message: string) {
    super(message)
  }

  async handle(error: this, ctx: import('@adonisjs/core/http').HttpContext) {
    ctx.response.status(422).send({ errors: [{ path: error.path, message: error.message }] })
  }
}
