import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** A finished, checked upload: its bytes live on the drive under `storageKey`. */
export default class Upload extends BaseModel {
  // the id is the tus upload id; without this SQLite's rowid would overwrite it after the insert
  static selfAssignPrimaryKey = true

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare ownerId: number

  @column()
  declare projectId: number | null

  @column()
  declare formKey: string

  @column()
  declare fieldPath: string

  @column()
  declare name: string

  /** the type sniffed from the bytes, never the one the client declared */
  @column()
  declare mime: string

  @column({ consume: (value) => Number(value) })
  declare size: number

  // the naming strategy would make it sha_256
  @column({ columnName: 'sha256' })
  declare sha256: string

  @column({ serializeAs: null })
  declare storageKey: string

  @column({ serializeAs: null })
  declare renditionKey: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
