import { setExternalTaskRetries, setJobRetries } from '#engine'
import { inTransaction } from '#database/transaction'
import { appEngine } from '#services/engine/engine'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { IncidentNotFoundError } from '#exceptions/definitions'

/**
 * 重试: gives the failed step of an incident one new try, as an operator
 * would with the Camunda REST API (retries back on the job or external task
 * resolve the incident, and the executor or a worker takes it again). The
 * audit row commits with it.
 */
export async function retryIncident(id: string, actor: AuditActor): Promise<{ id: string; type: string; configuration: string }> {
  return inTransaction(async (trx) => {
    const incident = await trx.from('engine_incidents').where('id', id).select('id', 'type', 'configuration', 'process_instance_id').first()
    if (!incident || !incident.configuration) throw new IncidentNotFoundError(id)
    if (incident.type === 'failedExternalTask') {
      await appEngine().execute(setExternalTaskRetries, { id: incident.configuration, retries: 1 }, { trx: trx.knexClient })
    } else if (incident.type === 'failedJob') {
      await appEngine().execute(setJobRetries, { jobId: incident.configuration, retries: 1 }, { trx: trx.knexClient })
    } else {
      throw new IncidentNotFoundError(id)
    }
    const detail = { type: incident.type, configuration: incident.configuration, processInstanceId: incident.process_instance_id }
    await recordAudit(actor, { action: 'incident.retry', outcome: 'success', targetType: 'incident', targetId: incident.id, detail }, trx)
    return { id: incident.id, type: incident.type, configuration: incident.configuration }
  })
}
