import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { actorOf } from '#services/request_context'
import { definitionDrafts } from '#services/definitions/definition_drafts'
import { DefinitionRefusedError } from '#services/definitions/definition_folder'
import { createDraft } from '#actions/definitions/create_draft'
import { deleteDraftFile, saveDraftFiles } from '#actions/definitions/save_draft_file'
import { deployDraft } from '#actions/definitions/deploy_draft'
import { DraftNotFoundError } from '#exceptions/definitions'
import { createDraftValidator, draftFilePathValidator, draftFilesValidator } from '#validators/definition_drafts'

/** 流程设计草稿: definition folders designed in the portal, file by file, and deployed from there. */
export default class DefinitionDraftsController {
  /** GET /api/admin/drafts */
  async index() {
    return { drafts: await definitionDrafts.list() }
  }

  /** POST /api/admin/drafts: 201 with a new draft; 200 with the existing draft of a deployed folder */
  async store(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(createDraftValidator)
    const { name, created } = await createDraft(input, actorOf(ctx))
    return ctx.response.status(created ? 201 : 200).send(await definitionDrafts.find(name))
  }

  /** GET /api/admin/drafts/:name */
  async show({ params }: HttpContext) {
    const draft = await definitionDrafts.find(params.name)
    if (!draft) throw new DraftNotFoundError(params.name)
    return draft
  }

  /** PUT /api/admin/drafts/:name/files { path, content } or { files: [{ path, content }] } */
  async saveFile(ctx: HttpContext) {
    const input = await ctx.request.validateUsing(draftFilesValidator)
    const files = 'files' in input ? input.files : [input]
    await saveDraftFiles(ctx.params.name, files, (ctx.auth.user as User).id)
    return { saved: files.map((file) => file.path) }
  }

  /** DELETE /api/admin/drafts/:name/files?path= */
  async deleteFile(ctx: HttpContext) {
    const { path } = await ctx.request.validateUsing(draftFilePathValidator, { data: ctx.request.qs() })
    if (!(await deleteDraftFile(ctx.params.name, path, (ctx.auth.user as User).id))) throw new DraftNotFoundError(`${ctx.params.name}/${path}`)
    return ctx.response.noContent()
  }

  /** POST /api/admin/drafts/:name/deploy: 201 the next version, 200 nothing changed, 422 every problem by file and element */
  async deploy(ctx: HttpContext) {
    try {
      const deployed = await deployDraft(ctx.params.name, actorOf(ctx))
      return ctx.response.status(deployed.created ? 201 : 200).send({ id: deployed.id, name: deployed.name, created: deployed.created, definitions: deployed.definitions, warnings: deployed.warnings })
    } catch (error) {
      if (error instanceof DefinitionRefusedError) return ctx.response.unprocessableEntity({ message: '流程定义未通过检查，未部署', errors: error.problems })
      throw error
    }
  }
}
