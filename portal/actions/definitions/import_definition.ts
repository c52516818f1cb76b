import { deploy, type DeployOutput } from '#engine'
import { inTransaction } from '#database/transaction'
import { appEngine } from '#services/engine/engine'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { readArchive } from '#services/definitions/definition_archive'
import { DEFINITION_FOLDER_SOURCE } from '#services/definitions/definition_folder'

/**
 * 导入流程定义: deploys an archived definition folder as `definitions:deploy`
 * does: an unchanged folder deploys nothing, a changed one becomes the next
 * version, and running instances stay on theirs. The audit row names what came in.
 */
export async function importDefinition(bytes: Buffer, actor: AuditActor): Promise<DeployOutput> {
  const folder = await readArchive(bytes)
  return inTransaction(async (trx) => {
    const deployed = await appEngine().execute(deploy, { name: folder.name, source: DEFINITION_FOLDER_SOURCE, resources: folder.resources, duplicateFiltering: true }, { trx: trx.knexClient })
    const detail = { name: folder.name, created: deployed.created, definitions: deployed.definitions.map((d) => `${d.key}:${d.version}`) }
    await recordAudit(actor, { action: 'definition.import', outcome: 'success', targetType: 'deployment', targetId: deployed.id, detail }, trx)
    return deployed
  })
}
