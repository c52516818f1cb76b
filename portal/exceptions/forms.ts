import { Exception } from '@adonisjs/core/exceptions'
import { errors as vineErrors } from '@vinejs/vine'

/** A form key with no deployed schema, a task without a form, or a record outside the caller's data scope. */
export class FormNotFoundError extends Exception {
  static status = 404
  static code = 'E_NOT_FOUND'

  constructor(what: string) {
    super(`表单或记录不存在（${what}），或您无权查看`)
  }
}

/** The task is someone else's: not its assignee, nor a candidate user or group. */
export class TaskNotYoursError extends Exception {
  static status = 403
  static code = 'E_FORBIDDEN'

  constructor(taskId: string) {
    super(`任务 ${taskId} 不由您办理`)
  }
}

/** One problem found in submitted form data: where (formily's dotted path) and why, in Chinese. */
export interface FormError {
  readonly path: string
  readonly message: string
}

/**
 * The 422 of a refused form: `{ errors: [{ path, field, message, rule }] }`.
 * `field` repeats `path` so clients of the other APIs (Vine's shape) read it too.
 */
export function formInvalid(errors: readonly FormError[]) {
  return new vineErrors.E_VALIDATION_ERROR(errors.map((e) => ({ path: e.path, field: e.path, message: e.message, rule: 'form' })))
}
