import { Exception } from '@adonisjs/core/exceptions'

/** No draft of that name. */
export class DraftNotFoundError extends Exception {
  static status = 404
  static code = 'E_NOT_FOUND'

  constructor(name: string) {
    super(`流程草稿不存在：${name}`)
  }
}

/** No open incident of that id that a retry can resolve (it may have been resolved meanwhile). */
export class IncidentNotFoundError extends Exception {
  static status = 404
  static code = 'E_NOT_FOUND'

  constructor(id: string) {
    super(`异常不存在或已处理：${id}`)
  }
}
