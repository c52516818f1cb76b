import type { Knex } from 'knex'
import { type TypedValue, storedVariable } from '../runtime/variables.js'

/**
 * The variables visible from each of some executions, as Camunda resolves
 * them: the execution's own, then each enclosing scope's, then the process
 * instance's, the innermost winning. Two queries for any number of executions.
 */
export async function visibleVariables(db: Knex | Knex.Transaction, executions: readonly { executionId: string; instanceId: string }[]): Promise<Map<string, Record<string, TypedValue>>> {
  const instanceIds = [...new Set(executions.map((e) => e.instanceId))]
  if (instanceIds.length === 0) return new Map()
  const tree = await db('engine_executions').whereIn('process_instance_id', instanceIds).select('id', 'parent_id')
  const parentOf = new Map<string, string | null>(tree.map((e) => [e.id, e.parent_id]))
  const rows = await db('engine_variables').whereIn('process_instance_id', instanceIds)
  const byScope = new Map<string, Record<string, TypedValue>>()
  for (const row of rows) {
    const scope = byScope.get(row.scope_id) ?? {}
    scope[row.name] = storedVariable(row)
    byScope.set(row.scope_id, scope)
  }
  const visible = new Map<string, Record<string, TypedValue>>()
  for (const { executionId, instanceId } of executions) {
    const chain = [instanceId]
    for (let id: string | null | undefined = executionId; id; id = parentOf.get(id)) chain.unshift(id)
    visible.set(executionId, Object.assign({}, ...chain.reverse().map((scope) => byScope.get(scope) ?? {})))
  }
  return visible
}
