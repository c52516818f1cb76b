import type { ElementModel } from '../../model/process_model.js'
import type { Execution } from '../execution_tree.js'
import { InstanceRun } from '../instance_run.js'
import { fireBoundary, triggerEventSubProcess } from './events.js'

/** A BPMN error or escalation on its way to a catcher. */
export interface Thrown {
  type: 'error' | 'escalation'
  code: string
  message: string | null
}

/** Where a thrown event is caught: a boundary event on an execution's activity, or an event sub-process in a scope. */
export interface Catcher {
  on: 'boundary' | 'eventSubProcess'
  /** the host execution (boundary) or the scope's id: an execution, or the instance at process level */
  executionId: string
  /** the boundary event, or the event sub-process's start event */
  element: ElementModel
}

function catches(element: ElementModel, thrown: Thrown): 'exact' | 'any' | null {
  const spec = thrown.type === 'error' ? element.errorCatch : element.escalationCatch
  if (!spec) return null
  if (spec.code === null) return 'any'
  return spec.code === thrown.code ? 'exact' : null
}

/** A catcher with the thrown code wins over a catch-all one at the same level. */
function best(candidates: readonly ElementModel[], thrown: Thrown): ElementModel | undefined {
  return candidates.find((c) => catches(c, thrown) === 'exact') ?? candidates.find((c) => catches(c, thrown) === 'any')
}

/**
 * Walks from the throwing execution outwards, as Camunda 7 does: the
 * boundary events of the activity it is at, then the event sub-processes of
 * each enclosing scope and the boundary events of that scope's activity, up
 * to the process. A multi-instance activity's boundary events sit on its body.
 */
export function findCatcher(run: InstanceRun, from: Execution, thrown: Thrown): Catcher | null {
  let current: Execution | undefined = from
  while (current) {
    if (current.kind !== 'miInner') {
      const boundary = best(run.element(current.activityId).boundaryIds.map((id) => run.element(id)), thrown)
      if (boundary) return { on: 'boundary', executionId: current.id, element: boundary }
    }
    const scope: Execution | undefined = current.parentId ? run.tree.get(current.parentId) : undefined
    const eventSubProcesses = scope ? (scope.kind === 'miBody' ? [] : (run.element(scope.activityId).eventSubProcessIds ?? [])) : run.model.eventSubProcessIds
    const start = best(eventSubProcesses.map((id) => run.element(run.element(id).startEventId!)), thrown)
    if (start) return { on: 'eventSubProcess', executionId: scope?.id ?? run.row.id, element: start }
    current = scope
  }
  return null
}

/**
 * Throws a BPMN error or escalation at an execution: the nearest catcher (a
 * boundary event or an event sub-process, in this instance or the ones that
 * called it) takes it. Returns whether one did.
 */
export async function throwEvent(run: InstanceRun, execution: Execution, thrown: Thrown): Promise<boolean> {
  const catcher = findCatcher(run, execution, thrown)
  if (catcher) {
    const spec = catcher.element.errorCatch ?? catcher.element.escalationCatch!
    if (spec.codeVariable) await run.setVariables({ [spec.codeVariable]: { type: 'String', value: thrown.code } })
    const messageVariable = catcher.element.errorCatch?.messageVariable
    if (messageVariable) await run.setVariables({ [messageVariable]: { type: thrown.message === null ? 'Null' : 'String', value: thrown.message } })
    if (catcher.on === 'boundary') await fireBoundary(run, catcher.executionId, catcher.element)
    else await triggerEventSubProcess(run, catcher.executionId, catcher.element)
    return true
  }
  if (!run.row.super_execution_id) return false
  const caller = await InstanceRun.lock(run.ctx, run.row.super_process_instance_id!)
  const caught = await throwEvent(caller, caller.tree.require(run.row.super_execution_id), thrown)
  await caller.run()
  return caught
}

/** A BPMN error from a worker at the activity `executionId` waits at; uncaught, that execution simply ends, as in Camunda. */
export async function throwError(run: InstanceRun, executionId: string, error: { code: string; message: string | null }): Promise<void> {
  const execution = run.tree.require(executionId)
  const caught = await throwEvent(run, execution, { type: 'error', ...error })
  if (!caught && run.tree.get(executionId)) {
    await run.cancelWorkOf(execution)
    await run.consume(execution)
  }
}
