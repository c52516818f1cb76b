import { Exception } from '@adonisjs/core/exceptions'
import { errors as vineErrors } from '@vinejs/vine'

/**
 * Login refused: wrong credentials (401), or the account is locked (423) or
 * disabled (403). The message is the same for an unknown user and a wrong
 * password, so user names cannot be probed.
 */
export class LoginRefusedError extends Exception {
  static readonly INVALID = 'E_INVALID_CREDENTIALS'
  static readonly LOCKED = 'E_ACCOUNT_LOCKED'
  static readonly DISABLED = 'E_ACCOUNT_DISABLED'

  static invalid() {
    return new LoginRefusedError('用户名或密码错误', { status: 401, code: LoginRefusedError.INVALID })
  }

  static locked(minutesLeft: number) {
    return new LoginRefusedError(`账号已锁定，请 ${minutesLeft} 分钟后再试或联系安全管理员解锁`, {
      status: 423,
      code: LoginRefusedError.LOCKED,
    })
  }

  static disabled() {
    return new LoginRefusedError('账号已停用', { status: 403, code: LoginRefusedError.DISABLED })
  }
}

/** Authenticated but not allowed: a missing permission or another duty's work (403). */
export class ForbiddenError extends Exception {
  static status = 403
  static code = 'E_FORBIDDEN'
}

/** A 422 for one field, in the same shape as Vine's validation errors. */
export function fieldError(field: string, message: string, rule = 'invalid') {
  return new vineErrors.E_VALIDATION_ERROR([{ field, message, rule }])
}
