import app from '@adonisjs/core/services/app'
import { deploy, DeploymentError, type DeployOutput } from '#engine'
import { inTransaction } from '#database/transaction'
import { appEngine } from '#services/engine/engine'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { definitionDrafts } from '#services/definitions/definition_drafts'
import { chooseDefinitionFiles, DEFINITION_FOLDER_SOURCE, DefinitionRefusedError, isBpmn, SHARED_TEMPLATES, templateLibraryIn } from '#services/definitions/definition_folder'
import { DraftNotFoundError } from '#exceptions/definitions'
import { definitionProblems } from './check_definition.js'

/**
 * 部署草稿: the draft's files become the next version of its definition
 * folder, as `definitions:deploy` would deploy them from disk: unchanged
 * files deploy nothing, running instances stay on their version, new ones
 * start on this one. Refused (DefinitionRefusedError, every problem named by
 * file and element) before anything is written; the deployment and its
 * audit row go in one transaction.
 */
export async function deployDraft(name: string, actor: AuditActor): Promise<DeployOutput> {
  const draft = await definitionDrafts.find(name)
  if (!draft) throw new DraftNotFoundError(name)
  const files = new Map(draft.files.map((file) => [file.path, Buffer.from(file.content, 'utf8')]))
  const { folder, problems: missing } = await chooseDefinitionFiles(draft.name, files, templateLibraryIn(app.makePath(SHARED_TEMPLATES)))
  const problems = [...missing, ...(await definitionProblems(folder))]
  if (problems.length) throw new DefinitionRefusedError(problems)

  return inTransaction(async (trx) => {
    let deployed: DeployOutput
    try {
      deployed = await appEngine().execute(deploy, { name: folder.name, source: DEFINITION_FOLDER_SOURCE, resources: folder.resources, duplicateFiltering: true }, { trx: trx.knexClient })
    } catch (error) {
      // what only the engine's parser finds (an element it cannot run) names the model file
      if (error instanceof DeploymentError && !(error instanceof DefinitionRefusedError)) throw new DefinitionRefusedError([{ path: folder.resources.find((r) => isBpmn(r.name))!.name, message: error.message }])
      throw error
    }
    const detail = { name: folder.name, created: deployed.created, definitions: deployed.definitions.map((d) => `${d.key}:${d.version}`) }
    await recordAudit(actor, { action: 'definition.deploy', outcome: 'success', targetType: 'deployment', targetId: deployed.id, detail }, trx)
    return deployed
  })
}
