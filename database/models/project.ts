import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Organization from '#models/organization'
import ProjectParty from '#models/project_party'

/** 项目分类 of 建办质〔2018〕5号: 01 房屋建筑, 02 市政基础设施, 99 其他 */
export const PROJECT_CATEGORIES = ['01', '02', '99'] as const

export default class Project extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  /** 投资项目统一代码 */
  @column()
  declare code: string

  @column()
  declare name: string

  @column()
  declare category: string

  @column()
  declare regionCode: string

  @column()
  declare address: string | null

  @column()
  declare latitude: number | null

  @column()
  declare longitude: number | null

  /** the authority whose jurisdiction holds the project */
  @column()
  declare authorityId: number

  @column()
  declare qualityStationId: number | null

  @column()
  declare safetyStationId: number | null

  @column({ serializeAs: null })
  declare scopePath: string

  @column()
  declare status: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => Organization, { foreignKey: 'authorityId' })
  declare authority: BelongsTo<typeof Organization>

  @belongsTo(() => Organization, { foreignKey: 'qualityStationId' })
  declare qualityStation: BelongsTo<typeof Organization>

  @belongsTo(() => Organization, { foreignKey: 'safetyStationId' })
  declare safetyStation: BelongsTo<typeof Organization>

  @hasMany(() => ProjectParty)
  declare parties: HasMany<typeof ProjectParty>
}
