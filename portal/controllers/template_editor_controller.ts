import type { HttpContext } from '@adonisjs/core/http'
import { definitionDrafts } from '#services/definitions/definition_drafts'
import { templateEditorView } from '#services/documents/template_editor_view'
import { DraftNotFoundError } from '#exceptions/definitions'

/** A template's name: what a render task's `template` parameter names and a draft path allows. */
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]*$/

/** 文书模板编辑: one template of a definition draft, with its live preview. */
export default class TemplateEditorController {
  /** GET /admin/drafts/:name/documents/:template (a new name starts from a skeleton) */
  async show({ params, inertia }: HttpContext) {
    const draft = TEMPLATE_NAME.test(params.template) ? await definitionDrafts.find(params.name) : null
    if (!draft) throw new DraftNotFoundError(`${params.name}/documents/${params.template}`)
    return inertia.render('admin/template_editor', await templateEditorView(draft, params.template))
  }
}
