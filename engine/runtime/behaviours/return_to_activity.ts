import type { Execution } from '../execution_tree.js'
import type { InstanceRun } from '../instance_run.js'

/**
 * 退回: the token leaves its user task without completing it (the activity
 * is cancelled in history, its boundary events and local variables go, no
 * output mapping runs) and enters `targetId` as if a sequence flow had
 * brought it there: the target's assignment, form, dates and boundary events
 * are resolved anew by the normal enter step. The caller has checked that
 * this is safe (`return_rules.ts`).
 */
export async function returnExecution(run: InstanceRun, execution: Execution, targetId: string): Promise<void> {
  await run.history.ended(execution, true)
  await run.cancelWorkOf(execution)
  await run.vars.drop(execution.id, run.mayHaveLocals(execution))
  await run.tree.move(execution, targetId)
  run.enqueue(execution, targetId, 'enter')
}
