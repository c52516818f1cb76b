import { defineCommand } from '../../context/command_context.js'
import { BadRequestError } from '../../errors.js'
import { broadcastSignal } from '../../runtime/behaviours/signals.js'
import type { Variables } from '../../runtime/variables.js'

/** POST /signal: every catcher receives it and every signal start event starts, in one transaction. */
export const sendSignal = defineCommand('signal.send', async (ctx, input: { name: string; variables?: Variables }) => {
  if (!input.name) throw new BadRequestError('No signal name given')
  const started = await broadcastSignal(ctx, input.name, input.variables ?? {})
  return { startedInstanceIds: started }
})
