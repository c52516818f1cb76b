import vine from '@vinejs/vine'

/** POST /api/admin/expressions/check: one expression as the modeler's field holds it */
export const checkExpressionValidator = vine.create({
  expression: vine.string().maxLength(4000),
})
