import vine from '@vinejs/vine'

/** POST /api/admin/definitions/import: a definition folder as a zip */
export const importDefinitionValidator = vine.create({
  file: vine.file({ size: '20mb', extnames: ['zip'] }),
})
