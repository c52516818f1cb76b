import vine from '@vinejs/vine'

/** 登录: user name and password, for the portal form and the token API alike */
export const loginValidator = vine.create({
  username: vine.string().trim().minLength(1).maxLength(64),
  password: vine.string().minLength(1).maxLength(128),
  tokenName: vine.string().trim().maxLength(64).optional(),
})

/** 修改密码: the policy itself is checked by the change-password action */
export const changePasswordValidator = vine.create({
  currentPassword: vine.string().minLength(1).maxLength(128),
  newPassword: vine.string().minLength(1).maxLength(128),
  newPasswordConfirmation: vine.string().sameAs('newPassword'),
})
