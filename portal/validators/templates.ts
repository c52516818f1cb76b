import vine from '@vinejs/vine'

/**
 * POST /api/admin/templates/preview: a template as the editor holds it. The
 * manifest and sample are checked by the documents room, field by field,
 * so here they only have to be there.
 */
export const previewTemplateValidator = vine.create({
  source: vine.string().maxLength(200_000),
  manifest: vine.any(),
  sample: vine.any(),
})
