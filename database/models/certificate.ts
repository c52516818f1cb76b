import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** 安管人员 A/B/C1–C3, 特种作业, 注册建造师/监理工程师 … */
export default class Certificate extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare personnelId: number

  @column()
  declare kind: string

  @column()
  declare number: string

  @column.date()
  declare issuedOn: DateTime

  @column.date()
  declare expiresOn: DateTime | null
}
