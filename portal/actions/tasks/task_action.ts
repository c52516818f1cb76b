import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { BadRequestError, NotFoundError, claimTask, fromVariableDtos, type Engine } from '#engine'
import CaseAction, { type CaseActionKind } from '#models/case_action'
import { inTransaction } from '#database/transaction'
import { appEngine, engineQueriesOn } from '#services/engine/engine'
import { recordAudit } from '#services/audit/audit_trail'
import type { Caller } from '#actions/forms/submit_task_form'
import { findCaseTask, type CaseTask } from '#services/inbox/case_task'
import { holderOf, holds, type Holder } from '#services/inbox/task_holders'
import { declaredActions, type DeclarableAction } from '#services/inbox/declared_actions'
import { ActionRefusedError, TaskConflictError, TaskGoneError } from '#exceptions/tasks'
import { TaskNotYoursError } from '#exceptions/forms'

export type { Caller }

/** What an action needs besides a visible case: the holder of the task (default), or a rule of its own. */
export interface ActionNeeds {
  /** the `zhian:actions` entry the task must offer */
  declared?: DeclarableAction
  /** false: the action checks the caller itself (claim, resolve) */
  holder?: boolean
}

/** The open task, its case and the caller, inside the action's transaction. */
export interface TaskActionContext extends CaseTask {
  readonly trx: TransactionClientContract
  readonly caller: Caller
  readonly holder: Holder
  /** Runs an engine command in this transaction. */
  execute: Engine['execute']
  /** Takes an unassigned task first, so that the engine's history names who completed it. */
  claimIfOpen(): Promise<void>
}

/** What goes on the case's timeline. */
export interface ActionRecord {
  action: CaseActionKind
  target?: string | null
  comment?: string | null
}

/** Process variables as the engine takes them, from plain values. */
export function toVariables(values: Record<string, unknown>) {
  return fromVariableDtos(Object.fromEntries(Object.entries(values).map(([name, value]) => [name, { value }])))
}

async function assertDeclared(found: CaseTask, action: DeclarableAction, trx: TransactionClientContract) {
  const { process_definition_id: definitionId, task_definition_key: taskKey } = found.task
  const offered = await declaredActions(definitionId, taskKey, async () => (await engineQueriesOn(trx).definitionXml(definitionId)).xml)
  if (!offered.includes(action)) throw new ActionRefusedError(`「${found.task.name ?? taskKey}」环节不提供此操作`)
}

/** The engine's refusals as the portal's: a vanished task is a 404, a wrong state a 409, in Chinese. */
function translate(error: unknown, taskId: string): unknown {
  if (error instanceof NotFoundError) return new TaskGoneError(taskId)
  if (error instanceof BadRequestError) {
    if (/delegated/i.test(error.message)) return new TaskConflictError('任务已委派，须由被委派人归还后才能办理')
    // the engine's own refusals of 加签 and 退回 are written in Chinese first: show that part
    const chinese = /^[^(]*[\u4e00-\u9fa5][^(]*/.exec(error.message)?.[0].trim()
    return new TaskConflictError(chinese || '任务状态已变化，请刷新后重试')
  }
  return error
}

/**
 * One task action as one transaction: the task is looked up (and locked)
 * within the caller's scope (404 otherwise), the caller must hold it (403)
 * and the step must offer the action (403); then `work` runs engine
 * commands and the case's timeline row and the audit entry are written.
 */
export async function runTaskAction(taskId: string, caller: Caller, needs: ActionNeeds, work: (ctx: TaskActionContext) => Promise<ActionRecord>): Promise<{ taskId: string; caseActionId: number }> {
  try {
    return await inTransaction(async (trx) => {
      const found = await findCaseTask(taskId, caller.access, trx, { lock: true })
      const holder = await holderOf(caller.user, trx)
      if (needs.holder !== false && !holds(found.task, holder)) throw new TaskNotYoursError(taskId)
      if (needs.declared) await assertDeclared(found, needs.declared, trx)

      const execute: Engine['execute'] = (command, input) => appEngine().execute(command, input, { trx: trx.knexClient })
      const claimIfOpen = async () => {
        if (!found.task.assignee) await execute(claimTask, { taskId, userId: holder.username })
      }
      const record = await work({ ...found, trx, caller, holder, execute, claimIfOpen })

      const row = await CaseAction.create(
        { caseId: found.caseRow.id, taskId, taskName: found.task.name, action: record.action, userId: caller.user.id, target: record.target ?? null, comment: record.comment ?? null },
        { client: trx }
      )
      await recordAudit(caller.actor, { action: `task.${record.action}`, outcome: 'success', targetType: 'task', targetId: taskId, detail: { caseId: found.caseRow.id, target: record.target ?? null } }, trx)
      return { taskId, caseActionId: row.id }
    })
  } catch (error) {
    throw translate(error, taskId)
  }
}
