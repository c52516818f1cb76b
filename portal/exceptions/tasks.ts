import { Exception } from '@adonisjs/core/exceptions'

/** No such open task, it is done already, or its case is outside the caller's scope: one answer, so ids cannot be probed. */
export class TaskGoneError extends Exception {
  static status = 404
  static code = 'E_NOT_FOUND'

  constructor(taskId: string) {
    super(`任务 ${taskId} 不存在、已办理，或您无权查看`)
  }
}

/** The task is in a state that refuses this action (delegated, claimed by someone else …). */
export class TaskConflictError extends Exception {
  static status = 409
  static code = 'E_TASK_CONFLICT'
}

/** The task's step does not offer this action, or the caller may not take it. */
export class ActionRefusedError extends Exception {
  static status = 403
  static code = 'E_FORBIDDEN'
}
