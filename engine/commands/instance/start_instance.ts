import { defineCommand } from '../../context/command_context.js'
import { NotFoundError } from '../../errors.js'
import { InstanceRun } from '../../runtime/instance_run.js'
import type { Variables } from '../../runtime/variables.js'

export interface StartInstanceInput {
  /** the latest version of this key, unless `definitionId` names one */
  key?: string
  definitionId?: string
  businessKey?: string | null
  variables?: Variables
  /** the partition the instance belongs to (its tasks' links carry it); the portal gives the case's jurisdiction path */
  tenantId?: string | null
}

export interface StartedInstance {
  id: string
  definitionId: string
  businessKey: string | null
  ended: boolean
}

/** Starts a process instance and runs it until every token waits or ends. */
export const startInstance = defineCommand('instance.start', async (ctx, input: StartInstanceInput): Promise<StartedInstance> => {
  const query = ctx.trx('engine_process_definitions')
  if (input.definitionId) query.where('id', input.definitionId)
  else query.where('key', input.key ?? '').orderBy('version', 'desc')
  const definition = await query.first()
  if (!definition) throw new NotFoundError(`No process definition ${input.definitionId ?? `with key '${input.key}'`} is deployed`)

  const run = await InstanceRun.create(ctx, definition, input.businessKey ?? null)
  if (input.tenantId) await ctx.trx('engine_instance_tenants').insert({ process_instance_id: run.row.id, tenant_id: input.tenantId })
  await run.setVariables(input.variables ?? {})
  await run.run()
  return { id: run.row.id, definitionId: definition.id, businessKey: run.row.business_key, ended: run.row.state !== 'active' }
})
