import type { HttpContext } from '@adonisjs/core/http'
import FormSubmission from '#models/form_submission'
import { createDraftValidator, updateDraftValidator } from '#validators/forms'
import { createDraft, updateDraft } from '#actions/forms/save_draft'
import { formKeyOf, readSubmission } from '#services/forms/form_reads'
import { readerOf } from '#services/forms/reader'
import { currentUser } from '#services/request_context'

/** 草稿: the caller's own drafts of one form; autosave replaces the value and keeps the old one as a revision. */
export default class FormDraftsController {
  async index(ctx: HttpContext) {
    const formKey = formKeyOf(ctx.params.scope, ctx.params.name)
    return FormSubmission.query().where({ form_key: formKey, author_id: currentUser(ctx).id, status: 'draft' }).orderBy('id', 'desc').limit(100)
  }

  async store(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(createDraftValidator)
    const draft = await createDraft({ ...body, formKey: formKeyOf(ctx.params.scope, ctx.params.name) }, await readerOf(ctx))
    return ctx.response.created(draft)
  }

  async show(ctx: HttpContext) {
    await FormSubmission.query().where({ id: ctx.params.id, author_id: currentUser(ctx).id, status: 'draft' }).firstOrFail()
    return readSubmission(Number(ctx.params.id), await readerOf(ctx))
  }

  async update(ctx: HttpContext) {
    const { value } = await ctx.request.validateUsing(updateDraftValidator)
    return updateDraft(Number(ctx.params.id), value, await readerOf(ctx))
  }
}
