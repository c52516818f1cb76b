import vine from '@vinejs/vine'

/** POST /api/admin/forms/check: any JSON as `schema`; the dialect checker judges its shape and answers in Chinese with the field path */
export const checkFormValidator = vine.create({ schema: vine.any() })
