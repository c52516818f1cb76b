import vine from '@vinejs/vine'

const day = () => vine.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** The 办件 list's filters, shared by the page and its export. */
const caseFilters = {
  definitionKey: vine.string().trim().maxLength(64).optional(),
  status: vine.enum(['running', 'ended'] as const).optional(),
  q: vine.string().trim().maxLength(64).optional(),
  from: day().optional(),
  to: day().optional(),
  projectId: vine.number().withoutDecimals().min(1).optional(),
}

/** 办件列表: filters and paging */
export const listCasesValidator = vine.create({
  ...caseFilters,
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().range([1, 100]).optional(),
})

/** GET /api/cases/export?format=docx|xlsx plus the list's filters */
export const exportCasesValidator = vine.create({
  ...caseFilters,
  format: vine.enum(['docx', 'xlsx'] as const),
})

/** 我的文书 and 工程项目 lists: paging and a text filter */
export const listPagedValidator = vine.create({
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().range([1, 100]).optional(),
  q: vine.string().trim().maxLength(64).optional(),
})
