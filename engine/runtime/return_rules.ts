import type { ElementModel, ProcessModel } from '../model/process_model.js'
import type { Execution } from './execution_tree.js'

/** What decides whether an open user task may go back to an earlier one (退回): the model and the instance's state. */
export interface ReturnSituation {
  readonly model: ProcessModel
  /** the user task's element id, or null for a subtask (加签) */
  readonly activityId: string | null
  readonly executionKind: Execution['kind']
  /** how many executions are in the task's scope, its own included */
  readonly executionsInScope: number
  readonly openSubtasks: number
  /** the user tasks completed earlier in this instance */
  readonly completed: ReadonlySet<string>
}

const isSplitOrJoin = (element: ElementModel) => element.kind === 'parallelGateway' || element.kind === 'inclusiveGateway'

/**
 * Walks from the target to the task along sequence flows (and boundary
 * events), counting forks and joins. A join met with no fork before it means
 * the target lies inside a parallel branch: a lone token there would wait at
 * the join for siblings that no longer exist. The task must also be
 * reachable from the target, or it is not an earlier step.
 */
function pathProblem(model: ProcessModel, targetId: string, fromId: string): string | null {
  const seen = new Set<string>()
  const stack: [string, number][] = [[targetId, 0]]
  let reached = false
  while (stack.length) {
    const [id, entered] = stack.pop()!
    if (seen.has(`${id}@${entered}`)) continue
    seen.add(`${id}@${entered}`)
    if (id === fromId) {
      reached = true
      continue
    }
    const element = model.elements.get(id)!
    let depth = entered
    if (isSplitOrJoin(element) && element.incoming.length > 1) {
      if (depth === 0) return `${targetId} 在并行或包容网关的分支内，退回后会停在汇合网关 ${element.id}`
      depth--
    }
    // a loop around a fork would count forever; deeper than the model has elements is deep enough
    if (isSplitOrJoin(element) && element.outgoing.length > 1) depth = Math.min(depth + 1, model.elements.size)
    for (const next of [...element.outgoing.map((flowId) => model.flows.get(flowId)!.targetId), ...element.boundaryIds]) stack.push([next, depth])
  }
  return reached ? null : `${targetId} 不在当前任务之前，当前任务不能从它到达`
}

/** Whether the element, or a sub-process around it, is multi-instance. */
function inMultiInstance(model: ProcessModel, element: ElementModel): boolean {
  for (let current: ElementModel | undefined = element; current; current = current.parentId ? model.elements.get(current.parentId) : undefined) {
    if (current.loop) return true
  }
  return false
}

/** Why the task cannot go back anywhere, or null. */
export function taskReturnRefusal(situation: ReturnSituation): string | null {
  const { model, activityId } = situation
  if (activityId === null) return '加签子任务不能退回'
  const from = model.elements.get(activityId)
  if (!from || from.kind !== 'userTask') return `${activityId} 不是用户任务`
  if (situation.executionKind !== 'token' || inMultiInstance(model, from)) return `${activityId} 在多实例中，不支持退回`
  if (situation.executionsInScope > 1) return `${activityId} 所在的作用域还有其他分支在运行（并行网关、非中断事件），不支持退回`
  if (situation.openSubtasks > 0) return `还有 ${situation.openSubtasks} 个未完成的加签任务`
  return null
}

/** Why the task cannot go back to `targetId` (a user task completed earlier in the same scope), or null. */
export function returnRefusal(situation: ReturnSituation, targetId: string): string | null {
  const taskRefusal = taskReturnRefusal(situation)
  if (taskRefusal) return taskRefusal
  const { model } = situation
  const from = model.elements.get(situation.activityId!)!
  const target = model.elements.get(targetId)
  if (!target) return `流程 ${model.key} 中没有元素 ${targetId}`
  if (target.kind !== 'userTask') return `${targetId} 不是用户任务`
  if (target.id === from.id) return '不能退回到任务自身'
  if (target.parentId !== from.parentId) return `${targetId} 与当前任务不在同一个（子）流程中`
  if (target.loop) return `${targetId} 是多实例任务，不支持退回`
  if (!situation.completed.has(targetId)) return `${targetId} 在本流程实例中还没有完成过`
  return pathProblem(model, targetId, from.id)
}

/** The earlier user tasks the task may go back to, in the order the model lists them. */
export function returnTargets(situation: ReturnSituation): { activityId: string; name: string | null }[] {
  if (taskReturnRefusal(situation)) return []
  // in the model's order (申请 before 审核): completion times tie when steps finish within one clock tick
  const order = [...situation.model.elements.keys()]
  return [...situation.completed]
    .filter((id) => returnRefusal(situation, id) === null)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((id) => ({ activityId: id, name: situation.model.elements.get(id)!.name }))
}
