import vine from '@vinejs/vine'
import { ENTERPRISE_TYPES } from '#models/organization'
import { creditCode, mobile, regionCode } from '#validators/rules'

/** 新建企业 (系统管理员): enterprises are known by their 统一社会信用代码 */
export const createEnterpriseValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(128),
  creditCode: creditCode(),
  enterpriseType: vine.enum(ENTERPRISE_TYPES),
  regionCode: regionCode().optional(),
  contactPhone: mobile().optional(),
})
