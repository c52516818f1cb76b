import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'

/** authority = 住建厅/局; the stations belong to one authority; enterprises file and build. */
export type OrganizationKind = 'authority' | 'quality_station' | 'safety_station' | 'enterprise'
export type OrganizationLevel = 'province' | 'city' | 'county'

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ['authority', 'quality_station', 'safety_station', 'enterprise']

/** 企业类型 of G-3.1.7 */
export const ENTERPRISE_TYPES = [
  'owner',
  'surveyor',
  'designer',
  'contractor',
  'supervising_engineer',
  'testing_agency',
  'crane_installer',
  'crane_testing_agency',
  'prefabrication',
  'concrete',
] as const

/** The path of the authority a body works for: an authority's own, a station's parent's. */
export function jurisdictionPathOf(kind: OrganizationKind, path: string): string {
  return kind === 'authority' ? path : path.replace(/\d+\/$/, '')
}

export default class Organization extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare parentId: number | null

  @column()
  declare kind: OrganizationKind

  @column()
  declare level: OrganizationLevel | null

  @column()
  declare name: string

  @column()
  declare regionCode: string | null

  @column()
  declare creditCode: string | null

  @column()
  declare enterpriseType: string | null

  /** "/1/4/17/": this body and its ancestors, for subtree matches */
  @column()
  declare path: string

  @column()
  declare contactPhone: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => Organization, { foreignKey: 'parentId' })
  declare parent: BelongsTo<typeof Organization>

  get isGovernment(): boolean {
    return this.kind !== 'enterprise'
  }

  get jurisdictionPath(): string {
    return jurisdictionPathOf(this.kind, this.path)
  }
}
