import { activateInstance, suspendInstance } from '#engine'
import { inTransaction } from '#database/transaction'
import { appEngine } from '#services/engine/engine'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'

/**
 * 挂起 / 激活 one running case's process instance (an operator holds a case
 * while something outside the process is cleared up): its tasks refuse to be
 * worked until it is activated. The audit row commits with the change.
 */
export async function setInstanceSuspension(processInstanceId: string, suspended: boolean, actor: AuditActor): Promise<{ id: string; suspended: boolean }> {
  return inTransaction(async (trx) => {
    // an unknown id is the portal's 404, not the engine's error
    const instance = await trx.from('engine_process_instances').where('id', processInstanceId).select('id', 'definition_id').firstOrFail()
    const done = await appEngine().execute(suspended ? suspendInstance : activateInstance, { processInstanceId }, { trx: trx.knexClient })
    const caseRow = await trx.from('process_cases').where('process_instance_id', processInstanceId).select('case_no').first()
    const detail = { definitionId: instance.definition_id, caseNo: caseRow?.case_no ?? null }
    await recordAudit(actor, { action: suspended ? 'instance.suspend' : 'instance.resume', outcome: 'success', targetType: 'process_instance', targetId: processInstanceId, detail }, trx)
    return done
  })
}
