import vine from '@vinejs/vine'
import { parseQueryDate } from '#engine'

/** One Camunda variable: { value, type, valueInfo } */
const variables = () =>
  vine
    .record(
      vine.object({
        value: vine.any().optional(),
        type: vine.string().optional(),
        valueInfo: vine.record(vine.any()).optional(),
      })
    )
    .optional()

export const startInstanceBody = vine.create({
  businessKey: vine.string().maxLength(255).optional().nullable(),
  variables: variables(),
})

export const completeBody = vine.create({ variables: variables() })

/** PUT /process-definition/…/suspended; `executionDate` is read only to refuse it (no delayed suspension) */
export const definitionSuspensionBody = vine.create({
  suspended: vine.boolean(),
  includeProcessInstances: vine.boolean().optional(),
  executionDate: vine.string().maxLength(64).optional().nullable(),
})

/** PUT /process-instance/{id}/suspended */
export const instanceSuspensionBody = vine.create({ suspended: vine.boolean() })

export const fetchAndLockBody = vine.create({
  workerId: vine.string().minLength(1).maxLength(255),
  maxTasks: vine.number().withoutDecimals().min(0).max(1000),
  usePriority: vine.boolean().optional(),
  asyncResponseTimeout: vine.number().withoutDecimals().min(0).optional(),
  topics: vine.array(
    vine.object({
      topicName: vine.string().minLength(1).maxLength(128),
      lockDuration: vine.number(),
      variables: vine.array(vine.string()).optional().nullable(),
    })
  ),
})

export const completeExternalTaskBody = vine.create({
  workerId: vine.string().minLength(1).maxLength(255),
  variables: variables(),
  localVariables: variables(),
})

export const failureBody = vine.create({
  workerId: vine.string().minLength(1).maxLength(255),
  errorMessage: vine.string().optional().nullable(),
  errorDetails: vine.string().optional().nullable(),
  retries: vine.number().withoutDecimals().optional().nullable(),
  retryTimeout: vine.number().withoutDecimals().optional().nullable(),
})

export const bpmnErrorBody = vine.create({
  workerId: vine.string().minLength(1).maxLength(255),
  errorCode: vine.string().minLength(1).maxLength(255),
  errorMessage: vine.string().optional().nullable(),
  variables: variables(),
})

export const correlateMessageBody = vine.create({
  messageName: vine.string().minLength(1).maxLength(255),
  businessKey: vine.string().maxLength(255).optional().nullable(),
  processInstanceId: vine.string().maxLength(36).optional().nullable(),
  correlationKeys: variables(),
  processVariables: variables(),
  all: vine.boolean().optional(),
  resultEnabled: vine.boolean().optional(),
})

export const signalBody = vine.create({
  name: vine.string().minLength(1).maxLength(255),
  variables: variables(),
})

export const userIdBody = vine.create({ userId: vine.string().maxLength(64).nullable() })

/** PUT /task/{id}: Camunda's date format ("2026-12-01T17:00:00.000+0800"); null clears a date */
export const taskUpdateBody = vine.create({
  due: vine.string().maxLength(40).nullable().optional(),
  followUp: vine.string().maxLength(40).nullable().optional(),
  priority: vine.number().withoutDecimals().optional(),
})

export const extendLockBody = vine.create({
  workerId: vine.string().minLength(1).maxLength(255),
  newDuration: vine.number(),
})

export const lockBody = vine.create({
  workerId: vine.string().minLength(1).maxLength(255),
  lockDuration: vine.number(),
})

/** GET /deployment and /deployment/count: Camunda's query parameters (sortBy needs sortOrder, as in Camunda). */
export const deploymentQuery = vine.create({
  id: vine.string().maxLength(36).optional(),
  name: vine.string().maxLength(128).optional(),
  nameLike: vine.string().maxLength(128).optional(),
  source: vine.string().maxLength(64).optional(),
  withoutSource: vine.boolean().optional(),
  sortBy: vine.enum(['id', 'name', 'deploymentTime'] as const).optional(),
  sortOrder: vine.enum(['asc', 'desc'] as const).optional().requiredIfExists('sortBy'),
  firstResult: vine.number().withoutDecimals().min(0).optional(),
  maxResults: vine.number().withoutDecimals().min(0).optional(),
})

/** DELETE /deployment/{id}: cascade also deletes running instances. */
export const deleteDeploymentQuery = vine.create({
  cascade: vine.boolean().optional(),
  skipCustomListeners: vine.boolean().optional(),
  skipIoMappings: vine.boolean().optional(),
})

/** A Camunda identity link: a user or a group (checked by the engine) and its type. */
export const identityLinkBody = vine.create({
  userId: vine.string().maxLength(64).optional().nullable(),
  groupId: vine.string().maxLength(64).optional().nullable(),
  type: vine.string().minLength(1).maxLength(32),
})

export const taskVariablesBody = vine.create({
  modifications: variables(),
  deletions: vine.array(vine.string()).optional().nullable(),
})

export const retriesBody = vine.create({ retries: vine.number().withoutDecimals() })

/** PUT /job/{id}/duedate: a Camunda date, or null for "now". */
export const dueDateBody = vine.create({
  duedate: vine
    .string()
    .nullable()
    .transform((text) => (text === null ? null : parseQueryDate('duedate', text))),
  cascade: vine.boolean().optional(),
})
