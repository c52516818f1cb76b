import vine from '@vinejs/vine'
import { DATA_SCOPES } from '#models/role'

/** 新建/修改角色 (安全管理员): permissions by code, e.g. "project:read" */
export const saveRoleValidator = vine.create({
  code: vine.string().trim().regex(/^[a-z][a-z0-9_]{1,63}$/),
  name: vine.string().trim().minLength(2).maxLength(64),
  description: vine.string().trim().maxLength(255).optional(),
  dataScope: vine.enum(DATA_SCOPES),
  permissions: vine.array(vine.string().trim().maxLength(64)).distinct(),
})
