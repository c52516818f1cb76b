import type { ElementModel } from '../../model/process_model.js'
import type { Execution } from '../execution_tree.js'
import type { InstanceRun } from '../instance_run.js'

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
