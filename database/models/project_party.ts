import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Organization from '#models/organization'

/** 参建单位角色 (the CorpRoleNum of the national tables, named after the glossary) */
export const PARTY_ROLES = [
  'owner',
  'surveyor',
  'designer',
  'contractor',
  'supervising_engineer',
  'testing_agency',
  'crane_installer',
  'prefabrication',
  'concrete',
] as const

export default class ProjectParty extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare projectId: number

  @column()
  declare organizationId: number

  @column()
  declare role: string

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>
}
