import vine from '@vinejs/vine'

/** A picker search: a name fragment, a code, or nothing (the first 20). */
export const pickerQueryValidator = vine.create({
  q: vine.string().trim().maxLength(64).optional(),
})
