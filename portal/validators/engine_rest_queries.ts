import vine from '@vinejs/vine'
import { TASK_SORT_COLUMNS, type TaskSortBy, parseDateConditions, parseQueryDate } from '#engine'

/**
 * Query strings of Camunda's list and count resources (GET /task?…,
 * /job?…). Names are Camunda's; dates are Camunda's format.
 */
const id = () => vine.string().trim().minLength(1).maxLength(255).optional()
const flag = () => vine.boolean().optional()
const date = (name: string) => vine.string().optional().transform((text) => parseQueryDate(name, text))
/** The items of a comma list; the query string parser (qs with `comma: true`) may have split "a,b" into an array already. */
function items(value: unknown): string[] {
  return (Array.isArray(value) ? value : String(value).split(','))
    .map((item) => String(item).trim())
    .filter((item) => item.length > 0)
}
const list = () => vine.any().optional().transform(items)
const page = { firstResult: vine.number().withoutDecimals().min(0).optional(), maxResults: vine.number().withoutDecimals().min(0).optional() }

export const taskQuery = vine.create({
  taskId: id(),
  assignee: id(),
  owner: id(),
  assigned: flag(),
  unassigned: flag(),
  delegationState: vine.enum(['PENDING', 'RESOLVED'] as const).optional(),
  candidateUser: id(),
  candidateGroup: id(),
  candidateGroups: list(),
  includeAssignedTasks: flag(),
  processInstanceId: id(),
  processInstanceBusinessKey: id(),
  processDefinitionId: id(),
  processDefinitionKey: id(),
  taskDefinitionKey: id(),
  dueBefore: date('dueBefore'),
  dueAfter: date('dueAfter'),
  sortBy: vine.enum(Object.keys(TASK_SORT_COLUMNS) as TaskSortBy[]).optional(),
  sortOrder: vine.enum(['asc', 'desc'] as const).optional(),
  ...page,
})

export const identityLinkQuery = vine.create({ type: id() })

export const externalTaskQuery = vine.create({
  externalTaskId: id(),
  topicName: id(),
  workerId: id(),
  activityId: id(),
  processInstanceId: id(),
  processDefinitionId: id(),
  locked: flag(),
  notLocked: flag(),
  withRetriesLeft: flag(),
  noRetriesLeft: flag(),
  ...page,
})

export const jobQuery = vine.create({
  jobId: id(),
  processInstanceId: id(),
  executionId: id(),
  processDefinitionId: id(),
  processDefinitionKey: id(),
  activityId: id(),
  timers: flag(),
  messages: flag(),
  executable: flag(),
  withException: flag(),
  noRetriesLeft: flag(),
  withRetriesLeft: flag(),
  dueDates: vine
    .any()
    .optional()
    .transform((value) => parseDateConditions('dueDate', items(value))),
  ...page,
})

export const eventSubscriptionQuery = vine.create({
  eventSubscriptionId: id(),
  eventType: vine.enum(['message', 'signal', 'compensate', 'conditional'] as const).optional(),
  eventName: id(),
  processInstanceId: id(),
  executionId: id(),
  activityId: id(),
  ...page,
})
