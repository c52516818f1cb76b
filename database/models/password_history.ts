import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** Earlier password hashes of a user, so a new password cannot repeat the last few. */
export default class PasswordHistory extends BaseModel {
  static table = 'password_histories'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare passwordHash: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
