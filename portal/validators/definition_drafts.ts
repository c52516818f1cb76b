import vine from '@vinejs/vine'
import { DRAFT_NAME, DRAFT_PATH } from '#services/definitions/definition_drafts'

/** POST /api/admin/drafts: a new folder, or a copy of a deployed one to edit */
export const createDraftValidator = vine.create(
  vine.union([
    vine.union.if((value) => vine.helpers.isObject(value) && 'from' in value, vine.object({ from: vine.string().trim().regex(DRAFT_NAME) })),
    vine.union.else(
      vine.object({
        name: vine.string().trim().regex(DRAFT_NAME),
        title: vine.string().trim().minLength(2).maxLength(100),
      })
    ),
  ])
)

const draftFile = () =>
  vine.object({
    path: vine.string().trim().regex(DRAFT_PATH),
    // 2 MB is far above any model, form or template
    content: vine.string().maxLength(2 * 1024 * 1024),
  })

/** PUT /api/admin/drafts/:name/files: one file `{ path, content }`, or files that belong together `{ files: [...] }` (a template's source, manifest and sample), written whole */
export const draftFilesValidator = vine.create(
  vine.union([
    vine.union.if((value) => vine.helpers.isObject(value) && 'files' in value, vine.object({ files: vine.array(draftFile()).minLength(1).maxLength(10) })),
    vine.union.else(draftFile()),
  ])
)

/** DELETE /api/admin/drafts/:name/files?path= */
export const draftFilePathValidator = vine.create({
  path: vine.string().trim().regex(DRAFT_PATH),
})
