import { evaluateCondition } from '../../expressions/index.js'
import { ProcessError } from '../../errors.js'
import type { ElementModel, FlowModel } from '../../model/process_model.js'
import type { Execution } from '../execution_tree.js'
import type { InstanceRun } from '../instance_run.js'

/**
 * The outgoing flows to take: those without a condition or whose condition
 * holds, in document order (only the first for an exclusive gateway), else
 * the default flow.
 */
export async function selectFlows(run: InstanceRun, execution: Execution, element: ElementModel, firstOnly: boolean): Promise<FlowModel[]> {
  const conditional = element.outgoing.some((id) => run.model.flows.get(id)!.condition)
  const context = conditional ? await run.contextFor(execution) : null
  const taken: FlowModel[] = []
  for (const id of element.outgoing) {
    if (id === element.defaultFlowId) continue
    const flow = run.model.flows.get(id)!
    if (flow.condition && !evaluateCondition(flow.condition, context!)) continue
    taken.push(flow)
    if (firstOnly) break
  }
  if (taken.length === 0 && element.defaultFlowId) taken.push(run.model.flows.get(element.defaultFlowId)!)
  if (taken.length === 0) throw new ProcessError(`No outgoing sequence flow for the element with id '${element.id}' could be selected for continuing the process`)
  return taken
}
