import vine from '@vinejs/vine'
import { mobile, residentId, username } from '#validators/rules'

/** 新建用户 (系统管理员): the initial password must be changed at first login */
export const createUserValidator = vine.create({
  username: username(),
  fullName: vine.string().trim().minLength(2).maxLength(64),
  organizationId: vine.number().withoutDecimals().positive(),
  mobile: mobile().optional(),
  idCardNo: residentId().optional(),
  password: vine.string().minLength(1).maxLength(128),
})

/** 分配角色 (安全管理员) */
export const assignRolesValidator = vine.create({
  roles: vine.array(vine.string().trim().maxLength(64)).distinct(),
})

/** 用户角色 page: a part of a user name or a person's name */
export const findUsersValidator = vine.create({
  q: vine.string().trim().maxLength(64).optional(),
})
