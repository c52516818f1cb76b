import vine from '@vinejs/vine'

/** GET /verify/:id?h=: the QR code's hash prefix (hex) */
export const showVerificationValidator = vine.create({
  h: vine.string().trim().regex(/^[0-9a-fA-F]{8,64}$/).optional(),
})

/** GET /verify?number=: lookup by 文号 */
export const lookupVerificationValidator = vine.create({
  number: vine.string().trim().minLength(2).maxLength(100).optional(),
})

/** POST /verify: an uploaded PDF, checked and never stored */
export const uploadVerificationValidator = vine.create({
  file: vine.file({ size: '20mb', extnames: ['pdf'] }),
})
