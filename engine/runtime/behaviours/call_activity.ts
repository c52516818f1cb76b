import { NotFoundError } from '../../errors.js'
import { evaluateExpression, isExpression } from '../../expressions/index.js'
import type { ElementModel, VariableMapping } from '../../model/process_model.js'
import type { Execution } from '../execution_tree.js'
import { InstanceRun } from '../instance_run.js'
import { type TypedValue, inferType } from '../variables.js'
import type { ExpressionContext } from '../../expressions/index.js'

/** Applies camunda:in / camunda:out mappings: from what the source side sees, to names on the target side. */
function mapVariables(mappings: readonly VariableMapping[], visible: Map<string, TypedValue>, local: Map<string, TypedValue>, context: ExpressionContext): Record<string, TypedValue> {
  const out: Record<string, TypedValue> = {}
  for (const mapping of mappings) {
    if (mapping.all) {
      for (const [name, value] of mapping.local ? local : visible) out[name] = value
      continue
    }
    if (mapping.sourceExpression) {
      const value = evaluateExpression(mapping.sourceExpression, context)
      out[mapping.target!] = { type: inferType(value), value: value ?? null }
    } else {
      // a missing source variable arrives as null, as in Camunda
      out[mapping.target!] = visible.get(mapping.source!) ?? { type: 'Null', value: null }
    }
  }
  return out
}

async function calledDefinition(run: InstanceRun, execution: Execution, element: ElementModel) {
  const spec = element.callActivity!
  const key = String(await run.resolveFor(execution, spec.calledElement))
  const query = run.ctx.trx('engine_process_definitions').where('key', key)
  if (spec.binding === 'deployment') {
    const own = await run.ctx.trx('engine_process_definitions').where('id', run.row.definition_id).first()
    query.where('deployment_id', own.deployment_id)
  } else if (spec.binding === 'version') {
    query.where('version', Number(await run.resolveFor(execution, spec.version)))
  } else {
    query.orderBy('version', 'desc')
  }
  const definition = await query.first()
  if (!definition) throw new NotFoundError(`Call activity ${element.id}: no process definition with key '${key}' (binding ${spec.binding}) is deployed`)
  return definition
}

/**
 * The execution waits at the call activity while the called process runs:
 * a new instance whose super execution it is, with the camunda:in variables
 * and business key. It may run to its end at once.
 */
export async function startCalledInstance(run: InstanceRun, execution: Execution, element: ElementModel): Promise<string> {
  const spec = element.callActivity!
  const definition = await calledDefinition(run, execution, element)
  const chain = run.tree.scopeChain(execution.id)
  const visible = await run.vars.lookup(chain)
  const context = await run.contextFor(execution)
  const variables = mapVariables(spec.inputs, visible.all(), await run.vars.local(execution.id), context)
  const businessKey = spec.businessKey === null ? null : isExpression(spec.businessKey) ? String(evaluateExpression(spec.businessKey, context) ?? '') || null : spec.businessKey
  const called = await InstanceRun.create(run.ctx, definition, businessKey, undefined, { executionId: execution.id, instanceId: run.row.id })
  await called.setVariables(variables)
  await called.run()
  return called.row.id
}

/** A called instance completed: its camunda:out variables go to the caller, whose execution leaves the call activity. */
export async function calledInstanceCompleted(called: InstanceRun): Promise<void> {
  const caller = await InstanceRun.lock(called.ctx, called.row.super_process_instance_id!)
  const execution = caller.tree.require(called.row.super_execution_id!)
  const element = caller.element(execution.activityId)
  const own = await called.vars.local(called.row.id)
  const variables = mapVariables(element.callActivity!.outputs, own, own, await called.contextFor(null))
  await caller.setVariables(variables, execution.id)
  caller.leaveWaitState(execution.id, element.id)
  await caller.run()
}
