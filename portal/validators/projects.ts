import vine from '@vinejs/vine'
import { PROJECT_CATEGORIES } from '#models/project'
import { PARTY_ROLES } from '#models/project_party'
import { creditCode, projectCode } from '#validators/rules'

/** 项目列表: paging and a name/code filter */
export const listProjectsValidator = vine.create({
  page: vine.number().withoutDecimals().min(1).optional(),
  perPage: vine.number().withoutDecimals().range([1, 100]).optional(),
  q: vine.string().trim().maxLength(64).optional(),
})

/** 新建工程项目: parties are named by credit code, so a typo cannot pick the wrong firm */
export const createProjectValidator = vine.create({
  code: projectCode(),
  name: vine.string().trim().minLength(2).maxLength(200),
  category: vine.enum(PROJECT_CATEGORIES),
  address: vine.string().trim().maxLength(255).optional(),
  latitude: vine.number().range([38, 44]).optional(),
  longitude: vine.number().range([118, 126]).optional(),
  qualityStationId: vine.number().withoutDecimals().positive(),
  safetyStationId: vine.number().withoutDecimals().positive().optional(),
  parties: vine
    .array(vine.object({ role: vine.enum(PARTY_ROLES), creditCode: creditCode() }))
    .minLength(1),
})
