import vine from '@vinejs/vine'

/** GET /api/documents/export?format= */
export const exportDocumentsValidator = vine.create({
  format: vine.enum(['docx', 'xlsx'] as const),
})
