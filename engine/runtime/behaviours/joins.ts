import type { ElementModel } from '../../model/process_model.js'
import { canReach } from '../../model/reachability.js'
import type { Execution } from '../execution_tree.js'
import type { InstanceRun } from '../instance_run.js'
import { selectFlows } from './flow_selection.js'

function joined(run: InstanceRun, execution: Execution, element: ElementModel): Execution[] {
  return run.tree.children(execution.parentId).filter((e) => e !== execution && e.activityId === element.id && e.state === 'joining')
}

/** A join waits until a token of the same scope has arrived on every incoming flow, then forks on. */
export async function enterParallelGateway(run: InstanceRun, execution: Execution, element: ElementModel): Promise<void> {
  if (element.incoming.length > 1) {
    const arrived = joined(run, execution, element)
    if (arrived.length + 1 < element.incoming.length) {
      await run.tree.save(execution, { activityId: element.id, state: 'joining' })
      return
    }
    for (const other of arrived.slice(0, element.incoming.length - 1)) {
      await run.history.ended(other)
      await run.tree.remove(other)
    }
  }
  await run.history.ended(execution)
  // a parallel gateway ignores conditions: every outgoing flow is taken
  await run.fork(execution, element.outgoing.map((id) => run.model.flows.get(id)!))
}

/**
 * An inclusive join fires when no other token of its scope can still reach
 * it (Camunda 7's rule); then it forks on every true condition, or the
 * default flow.
 */
export async function enterInclusiveGateway(run: InstanceRun, execution: Execution, element: ElementModel): Promise<void> {
  if (element.incoming.length > 1) {
    await run.tree.save(execution, { activityId: element.id, state: 'joining' })
    const arrived = joined(run, execution, element)
    const others = run.tree.children(execution.parentId).filter((e) => e !== execution && !arrived.includes(e))
    if (others.some((other) => canReach(run.model, other.activityId, element.id))) return
    for (const other of arrived) {
      await run.history.ended(other)
      await run.tree.remove(other)
    }
  }
  const taken = await selectFlows(run, execution, element, false)
  await run.history.ended(execution)
  await run.fork(execution, taken)
}
