import vine from '@vinejs/vine'

const item = () =>
  vine.object({
    value: vine.string().trim().minLength(1).maxLength(64),
    label: vine.string().trim().minLength(1).maxLength(100),
    isEnabled: vine.boolean().optional(),
  })

const fields = {
  title: vine.string().trim().minLength(1).maxLength(100),
  description: vine.string().trim().maxLength(255).optional(),
  /** the whole list, in display order: values missing from it are removed */
  items: vine.array(item()).maxLength(500).distinct('value'),
}

/** 新建数据字典: `name` is what schemas write in `x-data-source` */
export const createDictionaryValidator = vine.create({
  name: vine.string().trim().regex(/^[a-z][a-z0-9-]{1,63}$/),
  ...fields,
})

/** 修改数据字典: title, description and the full item list */
export const updateDictionaryValidator = vine.create(fields)
