import { DateTime } from 'luxon'
import { BaseModel, column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import FormDictionaryItem from '#models/form_dictionary_item'

/** 数据字典 (企业类型, 隐患等级 …): schemas name it in `x-data-source`; the system administrator edits it. */
export default class FormDictionary extends BaseModel {
  static table = 'form_dictionaries'

  @column({ isPrimary: true })
  declare id: number

  /** what schemas write, e.g. "hazard-level" */
  @column()
  declare name: string

  @column()
  declare title: string

  @column()
  declare description: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @hasMany(() => FormDictionaryItem, { foreignKey: 'dictionaryId' })
  declare items: HasMany<typeof FormDictionaryItem>
}
