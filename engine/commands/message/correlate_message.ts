import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import { receiveEvent } from '../../runtime/behaviours/events.js'
import { type TypedValue, type Variables, storedVariable } from '../../runtime/variables.js'

export interface CorrelateMessageInput {
  messageName: string
  businessKey?: string | null
  processInstanceId?: string | null
  /** instance variables that must equal these values */
  correlationKeys?: Variables
  /** set on the instance that receives (or is started by) the message */
  processVariables?: Variables
  /** deliver to every matching subscription instead of exactly one */
  all?: boolean
}

export interface CorrelationResult {
  resultType: 'Execution' | 'ProcessDefinition'
  processInstanceId: string
  executionId: string | null
  definitionId: string
}

class MismatchingMessageCorrelationError extends BadRequestError {}

function sameValue(a: TypedValue | undefined, b: TypedValue): boolean {
  return a !== undefined && JSON.stringify(a.value) === JSON.stringify(b.value)
}

/**
 * Delivers a message as Camunda's POST /message does: to the waiting catch or
 * boundary events that match, else by starting the process whose start event
 * waits for it. No match, or several without `all`, is an error.
 */
export const correlateMessage = defineCommand('message.correlate', async (ctx, input: CorrelateMessageInput): Promise<CorrelationResult[]> => {
  const fail = (why: string) => new MismatchingMessageCorrelationError(`Cannot correlate message '${input.messageName}': ${why}`)
  const query = ctx
    .trx('engine_event_subscriptions as s')
    .join('engine_process_instances as i', 'i.id', 's.process_instance_id')
    .where({ 's.type': 'message', 's.event_name': input.messageName, 'i.state': 'active', 'i.suspended': false })
    .select('s.*', 'i.business_key')
    .orderBy('s.created_at')
  if (input.businessKey) query.where('i.business_key', input.businessKey)
  if (input.processInstanceId) query.where('s.process_instance_id', input.processInstanceId)
  let candidates = await query

  const keys = Object.entries(input.correlationKeys ?? {})
  if (keys.length) {
    const matching = []
    for (const candidate of candidates) {
      const rows = await ctx.trx('engine_variables').where({ process_instance_id: candidate.process_instance_id, scope_id: candidate.process_instance_id }).whereIn('name', keys.map(([name]) => name))
      const values = new Map(rows.map((r) => [r.name, storedVariable(r)]))
      if (keys.every(([name, expected]) => sameValue(values.get(name), expected))) matching.push(candidate)
    }
    candidates = matching
  }

  if (candidates.length > 1 && !input.all) throw fail(`${candidates.length} executions match the correlation keys`)
  const results: CorrelationResult[] = []
  for (const subscription of candidates) {
    const run = await InstanceRun.lock(ctx, subscription.process_instance_id)
    // an event sub-process start waits on its scope's id (the instance's at process level): setVariables starts there
    await run.setVariables(input.processVariables ?? {}, subscription.execution_id)
    await receiveEvent(run, subscription.execution_id, subscription.activity_id)
    await run.run()
    results.push({ resultType: 'Execution', processInstanceId: subscription.process_instance_id, executionId: subscription.execution_id, definitionId: subscription.process_definition_id })
  }
  if (results.length) return results

  if (input.processInstanceId || keys.length) throw fail('No process definition or execution matches the parameters')
  // a suspended definition's message start event starts nothing (Camunda's correlation handler skips it)
  const starts = await ctx
    .trx('engine_event_subscriptions as s')
    .join('engine_process_definitions as d', 'd.id', 's.process_definition_id')
    .whereNull('s.process_instance_id')
    .where({ 's.type': 'message', 's.event_name': input.messageName, 'd.suspended': false })
    .select('s.*')
  if (starts.length === 0) throw fail('No process definition or execution matches the parameters')
  if (starts.length > 1 && !input.all) throw fail(`${starts.length} process definitions start with this message`)
  for (const start of starts) {
    const definition = await ctx.trx('engine_process_definitions').where('id', start.process_definition_id).first()
    const run = await InstanceRun.create(ctx, definition, input.businessKey ?? null, start.activity_id)
    await run.setVariables(input.processVariables ?? {})
    await run.run()
    results.push({ resultType: 'ProcessDefinition', processInstanceId: run.row.id, executionId: null, definitionId: definition.id })
  }
  return results
})
