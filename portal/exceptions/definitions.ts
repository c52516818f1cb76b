import { Exception } from '@adonisjs/core/exceptions'

/** No draft of that name. */
export class DraftNotFoundError extends Exception {
  static status = 404
  static code = 'E_NOT_FOUND'

  constructor(name: string) {
    super(`流程草稿不存在：${name}`)
  }
}
