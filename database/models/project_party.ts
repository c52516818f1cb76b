import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Organization, { ENTERPRISE_TYPES } from '#models/organization'

/** 参建单位角色: an enterprise takes part in a project in the role of its type (CorpRoleNum of the national tables) */
export const PARTY_ROLES = ENTERPRISE_TYPES

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
