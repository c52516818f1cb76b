import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Organization from '#models/organization'
import Certificate from '#models/certificate'

/** A person working for an enterprise or station (not an account). */
export default class Personnel extends BaseModel {
  static table = 'personnel'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare organizationId: number

  @column()
  declare fullName: string

  /** personal data: reading it is audited */
  @column()
  declare idCardNo: string

  /** personal data: reading it is audited */
  @column()
  declare mobile: string | null

  @column()
  declare position: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  @hasMany(() => Certificate)
  declare certificates: HasMany<typeof Certificate>
}
