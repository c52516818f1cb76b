import { inTransaction } from '#database/transaction'
import { definitionDrafts } from '#services/definitions/definition_drafts'
import { DraftNotFoundError } from '#exceptions/definitions'

/**
 * 保存 in any of the editors: files of the draft, each written whole, together
 * or not at all (a template's source, manifest and sample). Drafts are not
 * audited file by file; deploying them is.
 */
export async function saveDraftFiles(name: string, files: readonly { path: string; content: string }[], userId: number): Promise<void> {
  await inTransaction(async (trx) => {
    const draft = await trx.from('definition_drafts').where('name', name).select('id').forUpdate().first()
    if (!draft) throw new DraftNotFoundError(name)
    for (const file of files) await definitionDrafts.saveFile(Number(draft.id), file.path, file.content, userId, trx)
  })
}

/** Removes one file of the draft (a form or template no longer wanted); false when it was not there. */
export async function deleteDraftFile(name: string, path: string, userId: number): Promise<boolean> {
  return inTransaction(async (trx) => {
    const draft = await trx.from('definition_drafts').where('name', name).select('id').forUpdate().first()
    if (!draft) throw new DraftNotFoundError(name)
    return definitionDrafts.deleteFile(Number(draft.id), path, userId, trx)
  })
}
