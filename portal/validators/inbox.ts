import vine from '@vinejs/vine'

/** A date ("2026-11-24") or an instant ("2026-11-24T08:00:00Z"); a bare date is midnight in Beijing. */
const instant = () => vine.string().trim().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/).optional()

/** GET /api/inbox: which tab, filters, order and page. Due dates are ISO-8601 instants. */
export const inboxQueryValidator = vine.create({
  tab: vine.enum(['todo', 'done', 'copies']).optional(),
  process: vine.string().trim().maxLength(64).optional(),
  projectId: vine.number().withoutDecimals().positive().optional(),
  dueBefore: instant(),
  dueAfter: instant(),
  overdue: vine.boolean().optional(),
  q: vine.string().trim().maxLength(64).optional(),
  sort: vine.enum(['due', 'created']).optional(),
  order: vine.enum(['asc', 'desc']).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().range([1, 100]).optional(),
})
