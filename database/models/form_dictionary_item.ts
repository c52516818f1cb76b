import { BaseModel, column } from '@adonisjs/lucid/orm'

/** One entry of a dictionary; a disabled one stays for old records but is no longer accepted. */
export default class FormDictionaryItem extends BaseModel {
  static table = 'form_dictionary_items'

  @column({ isPrimary: true })
  declare id: number

  @column({ serializeAs: null })
  declare dictionaryId: number

  @column()
  declare value: string

  @column()
  declare label: string

  @column()
  declare sortOrder: number

  @column({ consume: Boolean })
  declare isEnabled: boolean
}
