import vine from '@vinejs/vine'

/** 审计日志查询 (审计管理员): times are ISO 8601 instants */
export const searchAuditValidator = vine.create({
  from: vine.string().trim().maxLength(30).optional(),
  to: vine.string().trim().maxLength(30).optional(),
  username: vine.string().trim().maxLength(64).optional(),
  action: vine.string().trim().maxLength(64).optional(),
  outcome: vine.enum(['success', 'failure', 'denied'] as const).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().range([1, 500]).optional(),
})
