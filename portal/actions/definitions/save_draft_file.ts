import { inTransaction } from '#database/transaction'
import { definitionDrafts } from '#services/definitions/definition_drafts'
import { DraftNotFoundError } from '#exceptions/definitions'

/** 保存 in any of the editors: one file of the draft, written whole. Drafts are not audited file by file; deploying them is. */
export async function saveDraftFile(name: string, path: string, content: string, userId: number): Promise<void> {
  await inTransaction(async (trx) => {
    const draft = await trx.from('definition_drafts').where('name', name).select('id').forUpdate().first()
    if (!draft) throw new DraftNotFoundError(name)
    await definitionDrafts.saveFile(Number(draft.id), path, content, userId, trx)
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
