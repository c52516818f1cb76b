import vine from '@vinejs/vine'

/** 扫码签到: who the attendee is; the mobile number tells one attendee from another. */
export const signInValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(50),
  organizationName: vine.string().trim().minLength(2).maxLength(200),
  position: vine.string().trim().minLength(1).maxLength(50),
  mobile: vine.string().trim().regex(/^1[3-9]\d{9}$/),
})
