import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Organization from '#models/organization'
import CaseAction from '#models/case_action'

/**
 * 办件: a process instance started through the portal, with its applicant,
 * the station that handles it and the scope path that decides who sees it.
 * Whether it runs or ended is read from the engine's instance.
 */
export default class ProcessCase extends BaseModel {
  static table = 'process_cases'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare processInstanceId: string

  @column()
  declare definitionKey: string

  @column()
  declare definitionId: string

  /** 办件编号, e.g. BJ20261124-0001 */
  @column()
  declare caseNo: string

  @column()
  declare title: string

  @column()
  declare projectId: number | null

  @column()
  declare applicantOrganizationId: number

  @column()
  declare startedBy: number

  @column()
  declare handlingOrganizationId: number | null

  @column()
  declare scopePath: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => Organization, { foreignKey: 'applicantOrganizationId' })
  declare applicant: BelongsTo<typeof Organization>

  @belongsTo(() => Organization, { foreignKey: 'handlingOrganizationId' })
  declare handler: BelongsTo<typeof Organization>

  @hasMany(() => CaseAction, { foreignKey: 'caseId' })
  declare actions: HasMany<typeof CaseAction>
}
