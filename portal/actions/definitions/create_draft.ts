import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { definitionDrafts } from '#services/definitions/definition_drafts'
import { starterFiles } from '#services/definitions/starter_definition'
import { fieldError } from '#exceptions/refusals'

export type CreateDraftInput = { name: string; title: string } | { from: string }

/**
 * 新建流程 (a new folder with a process that deploys as it is) or 编辑 a
 * deployed one (its newest deployment's files; when a draft of it exists
 * already, that draft, since it may hold work not yet deployed).
 * Answers the draft's name and whether it was created.
 */
export async function createDraft(input: CreateDraftInput, actor: AuditActor): Promise<{ name: string; created: boolean }> {
  return inTransaction(async (trx) => {
    const name = 'from' in input ? input.from : input.name
    if (await definitionDrafts.find(name, trx)) {
      if ('from' in input) return { name, created: false }
      throw fieldError('name', `已有名为 ${name} 的流程草稿`, 'unique')
    }
    const deployed = await definitionDrafts.deployedFiles(name, trx)
    if ('from' in input && !deployed) throw fieldError('from', `没有已部署的流程定义目录 ${name}`, 'exists')
    if (!('from' in input) && deployed) throw fieldError('name', `已有名为 ${name} 的流程定义，请从流程定义列表中编辑它`, 'unique')

    const title = 'from' in input ? deployed!.title : input.title
    await definitionDrafts.create(name, title, deployed?.files ?? starterFiles(name, title), actor.userId, trx)
    await recordAudit(actor, { action: 'definition.draft.create', outcome: 'success', targetType: 'definition_draft', targetId: name, detail: { from: 'from' in input ? input.from : null } }, trx)
    return { name, created: true }
  })
}
