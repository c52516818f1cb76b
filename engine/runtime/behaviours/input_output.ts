import { evaluateExpression, isExpression } from '../../expressions/index.js'
import type { ParameterSpec, ParameterValue } from '../../model/process_model.js'
import type { Execution } from '../execution_tree.js'
import type { InstanceRun } from '../instance_run.js'
import { type TypedValue, inferType } from '../variables.js'
import type { ExpressionContext } from '../../expressions/index.js'

function valueOf(parameter: ParameterValue, context: ExpressionContext): unknown {
  if ('text' in parameter) return isExpression(parameter.text) ? evaluateExpression(parameter.text, context) : parameter.text
  if ('list' in parameter) return parameter.list.map((item) => valueOf(item, context))
  return Object.fromEntries(parameter.map.map(([key, item]) => [key, valueOf(item, context)]))
}

function typed(value: unknown): TypedValue {
  return { type: inferType(value), value: value === undefined ? null : value }
}

async function evaluate(run: InstanceRun, execution: Execution, parameters: readonly ParameterSpec[]): Promise<Record<string, TypedValue>> {
  const context = await run.contextFor(execution)
  const values: Record<string, TypedValue> = {}
  for (const { name, value } of parameters) values[name] = typed(value === null ? null : valueOf(value, context))
  return values
}

/** camunda:inputParameter: evaluated where the activity is entered, stored as its execution's local variables. */
export async function applyInputs(run: InstanceRun, execution: Execution, parameters: readonly ParameterSpec[]): Promise<void> {
  await run.setLocalVariables(await evaluate(run, execution, parameters), execution.id)
}

/** camunda:outputParameter: evaluated inside the activity (its locals visible), set from its parent scope outwards. */
export async function applyOutputs(run: InstanceRun, execution: Execution, parameters: readonly ParameterSpec[]): Promise<void> {
  await run.setVariables(await evaluate(run, execution, parameters), execution.parentId)
}
