import { defineCommand } from '../../context/command_context.js'
import { InstanceRun } from '../../runtime/instance_run.js'

/** DELETE /process-instance/{id}: ends the instance and everything waiting in it. */
export const cancelInstance = defineCommand('instance.cancel', async (ctx, input: { processInstanceId: string }) => {
  const run = await InstanceRun.lock(ctx, input.processInstanceId)
  await run.cancel()
  return { id: run.row.id }
})
