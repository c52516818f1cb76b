import vine from '@vinejs/vine'

/** POST /api/admin/definitions/import: a definition folder as a zip */
export const importDefinitionValidator = vine.create({
  file: vine.file({ size: '20mb', extnames: ['zip'] }),
})

/** POST /api/admin/definitions/:id/suspend and /resume: whether the version's running instances follow */
export const definitionSuspensionValidator = vine.create({
  includeProcessInstances: vine.boolean().optional(),
})

/** GET /api/admin/definitions/compare: two process definition ids (`key:version:uuid`) */
export const compareVersionsValidator = vine.create({
  left: vine.string().trim().minLength(1).maxLength(100),
  right: vine.string().trim().minLength(1).maxLength(100),
})

/** GET /api/admin/incidents: optionally one process's, by key */
export const incidentQueryValidator = vine.create({
  definitionKey: vine.string().trim().maxLength(64).optional(),
})

/** GET /api/admin/instances: the running instances of one version (`key:version:uuid`) */
export const runningInstancesValidator = vine.create({
  definitionId: vine.string().trim().minLength(1).maxLength(100),
})
