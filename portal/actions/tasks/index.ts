import vine from '@vinejs/vine'
import type { VineValidator } from '@vinejs/vine'
import { approveTask, approveTaskValidator, submitTask } from './approve_task.js'
import { returnTask, returnTaskValidator } from './return_task.js'
import { handOverValidator, transferTask } from './transfer_task.js'
import { delegateTask } from './delegate_task.js'
import { resolveTask, resolveTaskValidator } from './resolve_task.js'
import { claimTask, unclaimTask } from './claim_task.js'
import { copyCase, copyCaseValidator } from './copy_case.js'
import { addSigner } from './add_signer.js'
import { returnToStep, returnToStepValidator } from './return_to_step.js'
import type { Caller } from './task_action.js'

/** One entry of the table: how the body is validated and who handles it. */
export interface TaskActionEntry {
  validator: VineValidator<any, any>
  handle(taskId: string, body: never, caller: Caller): Promise<{ taskId: string; caseActionId: number }>
}

const noBody = vine.create({})

/**
 * The task actions by their URL name (POST /api/tasks/:id/actions/:action),
 * read top to bottom. A new action is one file and one line here.
 */
export const TASK_ACTIONS: Readonly<Record<string, TaskActionEntry>> = {
  'approve': { validator: approveTaskValidator, handle: approveTask },
  'submit': { validator: approveTaskValidator, handle: submitTask },
  'return': { validator: returnTaskValidator, handle: returnTask },
  'transfer': { validator: handOverValidator, handle: transferTask },
  'delegate': { validator: handOverValidator, handle: delegateTask },
  'resolve': { validator: resolveTaskValidator, handle: resolveTask },
  'claim': { validator: noBody, handle: (taskId, _body, caller) => claimTask(taskId, caller) },
  'unclaim': { validator: noBody, handle: (taskId, _body, caller) => unclaimTask(taskId, caller) },
  'copy': { validator: copyCaseValidator, handle: copyCase },
  'add-signer': { validator: handOverValidator, handle: addSigner },
  'return-to-step': { validator: returnToStepValidator, handle: returnToStep },
}

export type { Caller }
