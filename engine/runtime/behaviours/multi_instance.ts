import { ProcessError } from '../../errors.js'
import { evaluateCondition, evaluateExpression, isExpression } from '../../expressions/index.js'
import type { ElementModel, LoopSpec } from '../../model/process_model.js'
import type { Execution } from '../execution_tree.js'
import type { InstanceRun } from '../instance_run.js'
import { type TypedValue, inferType } from '../variables.js'
import { armBoundaries } from './events.js'

const integer = (value: number): TypedValue => ({ type: 'Integer', value })

/** The items to run over: the collection (an expression or a variable's name), else `cardinality` times nothing. */
async function itemsOf(run: InstanceRun, execution: Execution, element: ElementModel, loop: LoopSpec): Promise<unknown[]> {
  if (loop.collection) {
    const context = await run.contextFor(execution)
    let collection: unknown
    if (isExpression(loop.collection)) collection = evaluateExpression(loop.collection, context)
    else if (context.hasVariable(loop.collection)) collection = context.getVariable(loop.collection)
    else throw new ProcessError(`Unknown property used in expression: ${loop.collection}. Cause: Cannot resolve identifier '${loop.collection}'`)
    if (!Array.isArray(collection)) throw new ProcessError(`Multi-instance ${element.id}: ${loop.collection} is not a collection`)
    return collection
  }
  const count = Number(await run.resolveFor(execution, loop.cardinality))
  if (!Number.isInteger(count) || count < 0) throw new ProcessError(`Multi-instance ${element.id}: loopCardinality must be a non-negative integer, got ${count}`)
  return Array.from({ length: count }, () => undefined)
}

async function startInner(run: InstanceRun, body: Execution, element: ElementModel, items: readonly unknown[], index: number): Promise<void> {
  const inner = run.tree.create(body.id, element.id, 'miInner')
  const locals: Record<string, TypedValue> = { loopCounter: integer(index) }
  const variable = element.loop!.elementVariable
  if (variable) locals[variable] = { type: inferType(items[index]), value: items[index] ?? null }
  await run.setLocalVariables(locals, inner.id)
  run.enqueue(inner, element.id, 'enter')
}

/**
 * The token becomes the multi-instance body: it holds nrOfInstances,
 * nrOfActiveInstances and nrOfCompletedInstances and carries the boundary
 * events; each instance is an inner execution with its loopCounter and
 * element variable. Parallel starts them all, sequential one at a time.
 */
export async function startMultiInstance(run: InstanceRun, token: Execution, element: ElementModel): Promise<void> {
  const loop = element.loop!
  const items = await itemsOf(run, token, element, loop)
  await run.tree.save(token, { activityId: element.id, state: 'scope', kind: 'miBody' })
  if (items.length === 0) {
    run.enqueue(token, element.id, 'leave')
    return
  }
  const active = loop.sequential ? 1 : items.length
  await run.setLocalVariables({ nrOfInstances: integer(items.length), nrOfActiveInstances: integer(active), nrOfCompletedInstances: integer(0) }, token.id)
  // the collection is read once: later changes to it do not change the instances
  if (loop.sequential) await run.setLocalVariables({ 'zhian:items': { type: 'Json', value: items } }, token.id)
  await armBoundaries(run, token, element)
  for (let index = 0; index < active; index++) await startInner(run, token, element, items, index)
}

/**
 * One instance completed: the counters move, and the body leaves when all
 * are done or the completion condition holds (the others are cancelled).
 * Sequential: the next instance starts.
 */
export async function completeInnerInstance(run: InstanceRun, inner: Execution, element: ElementModel): Promise<void> {
  const body = run.tree.require(inner.parentId!)
  const counters = await run.vars.local(body.id)
  const total = counters.get('nrOfInstances')!.value as number
  const completed = (counters.get('nrOfCompletedInstances')!.value as number) + 1
  const active = (counters.get('nrOfActiveInstances')!.value as number) - 1
  await run.setLocalVariables({ nrOfCompletedInstances: integer(completed), nrOfActiveInstances: integer(active) }, body.id)
  const condition = element.loop!.completionCondition
  const done = completed >= total || (condition !== null && evaluateCondition(condition, await run.contextFor(inner)))
  const loopCounter = (await run.vars.local(inner.id)).get('loopCounter')!.value as number
  await run.vars.drop(inner.id)
  await run.tree.remove(inner)
  if (done) {
    for (const other of run.tree.descendants(body.id)) await run.removeExecution(other)
    run.enqueue(body, element.id, 'leave')
    return
  }
  if (element.loop!.sequential) {
    const items = counters.get('zhian:items')!.value as unknown[]
    await run.setLocalVariables({ nrOfActiveInstances: integer(1) }, body.id)
    await startInner(run, body, element, items, loopCounter + 1)
  }
}
