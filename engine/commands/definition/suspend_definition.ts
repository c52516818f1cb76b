import { defineCommand } from '../../context/command_context.js'
import { type DefinitionSuspensionInput, applyDefinitionSuspension } from './definition_suspension.js'

/**
 * Suspends process definitions (Camunda's SuspendProcessDefinitionCmd): they
 * cannot be started, their timer and message start events start nothing.
 * Running instances go on unless `includeProcessInstances` suspends them too.
 */
export const suspendDefinition = defineCommand('definition.suspend', (ctx, input: DefinitionSuspensionInput) => applyDefinitionSuspension(ctx, input, true))

/** Activates suspended process definitions (and, with `includeProcessInstances`, their instances) again. */
export const activateDefinition = defineCommand('definition.activate', (ctx, input: DefinitionSuspensionInput) => applyDefinitionSuspension(ctx, input, false))
