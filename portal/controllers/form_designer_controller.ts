import type { HttpContext } from '@adonisjs/core/http'
import { DRAFT_PATH, definitionDrafts } from '#services/definitions/definition_drafts'
import { DraftNotFoundError } from '#exceptions/definitions'

/** 表单设计: one form of a definition draft in the designer; a form the draft does not have yet opens empty. */
export default class FormDesignerController {
  /** GET /admin/drafts/:name/forms/:form */
  async show({ params, inertia }: HttpContext) {
    const path = `forms/${params.form}.form.json`
    const draft = DRAFT_PATH.test(path) ? await definitionDrafts.find(params.name) : null
    if (!draft) throw new DraftNotFoundError(params.name)
    const content = draft.files.find((file) => file.path === path)?.content ?? null
    return inertia.render('admin/form_designer', { draft: { name: draft.name, title: draft.title }, form: params.form as string, path, content })
  }
}
