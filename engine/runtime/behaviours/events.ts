import type { ElementModel } from '../../model/process_model.js'
import type { Execution } from '../execution_tree.js'
import type { InstanceRun } from '../instance_run.js'
import { cancelWork, createTimerJob, subscribeEvent } from '../wait_work.js'

/** Arms a timer job or a message/signal subscription for `element` on the execution `executionId`. */
async function arm(run: InstanceRun, executionId: string, element: ElementModel): Promise<void> {
  const scope = run.workScope(run.tree.get(executionId) ?? ({ id: executionId } as Execution))
  if (element.timer) await createTimerJob(scope, executionId, element)
  if (element.messageName || element.signalName) await subscribeEvent(scope, executionId, element)
}

/** The token waits at an event-based gateway with every following catch event armed; the first to occur wins. */
export async function armEventGateway(run: InstanceRun, execution: Execution, element: ElementModel): Promise<void> {
  await run.tree.save(execution, { activityId: element.id, state: 'waiting' })
  for (const flowId of element.outgoing) await arm(run, execution.id, run.element(run.model.flows.get(flowId)!.targetId))
}

/** Timer, message and signal boundary events wait on the activity's execution (a multi-instance activity's body, once). */
export async function armBoundaries(run: InstanceRun, execution: Execution, element: ElementModel): Promise<void> {
  if (execution.kind === 'miInner') return
  for (const id of element.boundaryIds) await arm(run, execution.id, run.element(id))
}

/** The timer, message and signal starts of a scope's event sub-processes wait on the scope's execution (the instance's id at process level). */
export async function armEventSubProcesses(run: InstanceRun, scopeId: string, eventSubProcessIds: readonly string[]): Promise<void> {
  for (const id of eventSubProcessIds) await arm(run, scopeId, run.element(run.element(id).startEventId!))
}

/** A catch event occurred for a waiting token: anything else armed for it (after an event gateway) is withdrawn. */
export async function catchEventOccurred(run: InstanceRun, executionId: string, eventId: string): Promise<void> {
  await cancelWork(run.ctx, executionId)
  run.leaveWaitState(executionId, eventId)
}

/**
 * A boundary event fired on the activity `executionId` is at. Interrupting:
 * the activity and everything inside it are cancelled and its execution
 * leaves through the boundary event. Otherwise a new token does.
 */
export async function fireBoundary(run: InstanceRun, executionId: string, boundary: ElementModel): Promise<void> {
  const host = run.tree.require(executionId)
  if (!boundary.cancelActivity) {
    const token = run.tree.create(host.parentId, boundary.id)
    await run.history.passed(token, boundary)
    run.enqueue(token, boundary.id, 'leave')
    return
  }
  await run.history.ended(host, true)
  for (const inner of run.tree.descendants(host.id)) await run.removeExecution(inner)
  await run.cancelWorkOf(host)
  await run.vars.drop(host.id)
  await run.tree.save(host, { activityId: boundary.id, state: 'active', kind: 'token' })
  await run.history.passed(host, boundary)
  run.enqueue(host, boundary.id, 'leave')
}

/** The start events of the event sub-processes directly in a scope (null: the process). */
function eventSubProcessStarts(run: InstanceRun, parentId: string | null): string[] {
  const ids = parentId ? (run.element(run.tree.require(parentId).activityId).eventSubProcessIds ?? []) : run.model.eventSubProcessIds
  return ids.map((id) => run.element(id).startEventId!)
}

/**
 * An event sub-process starts in the scope `scopeId` (the instance's id at
 * process level). Interrupting: the scope's other executions and its other
 * event sub-process triggers are cancelled first.
 */
export async function triggerEventSubProcess(run: InstanceRun, scopeId: string, start: ElementModel): Promise<void> {
  const parentId = scopeId === run.row.id ? null : scopeId
  if (start.interrupting) {
    for (const other of parentId ? run.tree.descendants(parentId) : run.tree.all()) await run.removeExecution(other)
    const starts = eventSubProcessStarts(run, parentId)
    await run.ctx.trx('engine_jobs').where('execution_id', scopeId).whereIn('activity_id', starts).delete()
    await run.ctx.trx('engine_event_subscriptions').where('execution_id', scopeId).whereIn('activity_id', starts).delete()
  }
  const scope = run.tree.create(parentId, start.parentId!)
  await run.tree.save(scope, { state: 'scope' })
  run.history.started(scope, run.element(start.parentId!))
  await armEventSubProcesses(run, scope.id, run.element(start.parentId!).eventSubProcessIds ?? [])
  const token = run.tree.create(scope.id, start.id)
  await run.history.passed(token, start)
  run.enqueue(token, start.id, 'leave')
}

/** A message or signal arrived for the subscription at `activityId`: a catch event moves on, a boundary event fires, an event sub-process starts. */
export async function receiveEvent(run: InstanceRun, executionId: string, activityId: string): Promise<void> {
  const element = run.element(activityId)
  const eventSubProcessStart = element.kind.endsWith('StartEvent')
  const keep = eventSubProcessStart ? !element.interrupting : element.attachedToId && !element.cancelActivity
  if (!keep) await run.ctx.trx('engine_event_subscriptions').where({ execution_id: executionId, activity_id: activityId }).delete()
  if (eventSubProcessStart) await triggerEventSubProcess(run, executionId, element)
  else if (element.kind.endsWith('CatchEvent')) await catchEventOccurred(run, executionId, activityId)
  else await fireBoundary(run, executionId, element)
}
