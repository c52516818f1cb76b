import vine from '@vinejs/vine'

/** Paging and finished/unfinished, shared by every GET /history/… resource. */
const page = {
  firstResult: vine.number().withoutDecimals().min(0).optional(),
  maxResults: vine.number().withoutDecimals().min(0).optional(),
  sortOrder: vine.enum(['asc', 'desc'] as const).optional(),
  finished: vine.boolean().optional(),
  unfinished: vine.boolean().optional(),
}
const id = () => vine.string().maxLength(100).optional()

export const historicProcessInstanceQuery = vine.create({
  ...page,
  processInstanceId: id(),
  processInstanceBusinessKey: vine.string().maxLength(255).optional(),
  processDefinitionKey: id(),
  superProcessInstanceId: id(),
})

export const historicActivityInstanceQuery = vine.create({
  ...page,
  processInstanceId: id(),
  activityId: id(),
  activityType: id(),
  executionId: id(),
  canceled: vine.boolean().optional(),
})

export const historicTaskQuery = vine.create({
  ...page,
  processInstanceId: id(),
  taskAssignee: id(),
  taskDefinitionKey: id(),
  processDefinitionKey: id(),
})

export const historicVariableQuery = vine.create({
  ...page,
  processInstanceId: id(),
  variableName: vine.string().maxLength(128).optional(),
  variableNameLike: vine.string().maxLength(128).optional(),
})
