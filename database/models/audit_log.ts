import { BaseModel, column } from '@adonisjs/lucid/orm'

/** One audit row. Written only by the audit trail service; never updated. */
export default class AuditLog extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  /** ISO 8601, UTC, milliseconds: the exact text the hash covers */
  @column()
  declare occurredAt: string

  @column()
  declare userId: number | null

  @column()
  declare username: string | null

  @column()
  declare organizationId: number | null

  @column()
  declare ip: string | null

  @column()
  declare userAgent: string | null

  @column()
  declare action: string

  @column()
  declare targetType: string | null

  @column()
  declare targetId: string | null

  @column()
  declare outcome: 'success' | 'failure' | 'denied'

  @column()
  declare detail: string | null

  @column()
  declare prevHash: string

  @column()
  declare hash: string
}
