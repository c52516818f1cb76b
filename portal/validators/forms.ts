import vine from '@vinejs/vine'

/** A picker search: a name fragment, a code, or nothing (the first 20); or `ids=3,5` for the labels of values already picked. */
export const pickerQueryValidator = vine.create({
  q: vine.string().trim().maxLength(64).optional(),
  ids: vine
    .string()
    .trim()
    .regex(/^\d{1,9}(,\d{1,9}){0,19}$/)
    .transform((list) => list.split(',').map(Number))
    .optional(),
})

/** Form data travels as `value`, a JSON object; the form's schema judges the rest. */
const formValue = () => vine.object({}).allowUnknownProperties()
const taskId = () => vine.string().trim().maxLength(36)
const projectId = () => vine.number().withoutDecimals().positive()

/** POST /api/forms/…/validate */
export const validateFormValidator = vine.create({ value: formValue(), taskId: taskId().optional() })

/** POST /api/forms/…/drafts: a draft may name the task and the project it is for */
export const createDraftValidator = vine.create({ value: formValue(), taskId: taskId().optional(), projectId: projectId().optional() })

/** PUT /api/forms/…/drafts/:id: autosave, the whole value each time */
export const updateDraftValidator = vine.create({ value: formValue() })

/** POST /api/tasks/:taskId/submit: the values, and optionally the draft they came from */
export const submitTaskValidator = vine.create({ value: formValue(), draftId: vine.number().withoutDecimals().positive().optional(), projectId: projectId().optional() })

/** GET with `?taskId=`: the task whose field rules apply */
export const taskQueryValidator = vine.create({ taskId: taskId().optional() })

/** POST /api/processes/:key/start: the start form's values, and optionally the draft they came from */
export const startCaseValidator = vine.create({ value: formValue(), draftId: vine.number().withoutDecimals().positive().optional() })
