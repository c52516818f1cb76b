import { activateDefinition, suspendDefinition, type DefinitionSuspensionOutput } from '#engine'
import { inTransaction } from '#database/transaction'
import { appEngine } from '#services/engine/engine'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'

export interface DefinitionSuspensionChange {
  definitionId: string
  /** 挂起 (true) or 激活 (false) */
  suspended: boolean
  /** the version's running instances follow (else they go on as they are) */
  includeProcessInstances: boolean
}

/**
 * 挂起 / 激活 one version of a process: a suspended version cannot be started
 * (发起办理 no longer offers it); its running instances go on unless they are
 * suspended with it. The audit row commits with the change.
 */
export async function setDefinitionSuspension(change: DefinitionSuspensionChange, actor: AuditActor): Promise<DefinitionSuspensionOutput> {
  return inTransaction(async (trx) => {
    // an unknown id is the portal's 404, not the engine's error
    await trx.from('engine_process_definitions').where('id', change.definitionId).select('id').firstOrFail()
    const command = change.suspended ? suspendDefinition : activateDefinition
    const done = await appEngine().execute(command, { definitionId: change.definitionId, includeProcessInstances: change.includeProcessInstances }, { trx: trx.knexClient })
    const detail = { includeProcessInstances: change.includeProcessInstances, instances: done.instances }
    await recordAudit(actor, { action: change.suspended ? 'definition.suspend' : 'definition.resume', outcome: 'success', targetType: 'process_definition', targetId: change.definitionId, detail }, trx)
    return done
  })
}
