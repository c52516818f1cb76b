import { defineCommand } from '../../context/command_context.js'
import { NotFoundError } from '../../errors.js'
import { writeInstanceTenant } from '../../store/task_links.js'

/**
 * Puts a running instance under a tenant (its owner's partition: for the
 * portal, the jurisdiction of the body handling the case); its open tasks'
 * links move with it, and tasks created later carry it.
 */
export const setInstanceTenant = defineCommand('instance.setTenant', async (ctx, input: { processInstanceId: string; tenantId: string }) => {
  const instance = await ctx.trx('engine_process_instances').where('id', input.processInstanceId).first()
  if (!instance) throw new NotFoundError(`Process instance with id ${input.processInstanceId} does not exist`)
  await writeInstanceTenant(ctx.trx, input.processInstanceId, input.tenantId)
})
