import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { BaseModel, belongsTo, column, manyToMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, ManyToMany } from '@adonisjs/lucid/types/relations'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { AccessTokensProvider } from '#database/access_tokens_provider'
import Organization from '#models/organization'
import Role from '#models/role'

const AuthFinder = withAuthFinder(() => hash.use('scrypt'), {
  uids: ['username'],
  passwordColumnName: 'password',
})

export default class User extends compose(BaseModel, AuthFinder) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare organizationId: number

  @column()
  declare username: string

  @column()
  declare fullName: string

  /** personal data: reading it is audited */
  @column({ serializeAs: null })
  declare mobile: string | null

  /** 行政执法证号 of a government supervisor; issued notices print it */
  @column()
  declare enforcementCertificateNo: string | null

  /** personal data: reading it is audited */
  @column({ serializeAs: null })
  declare idCardNo: string | null

  @column({ serializeAs: null })
  declare password: string

  @column({ consume: Boolean })
  declare mustChangePassword: boolean

  @column.dateTime()
  declare passwordChangedAt: DateTime | null

  @column()
  declare failedLoginCount: number

  @column.dateTime()
  declare lockedUntil: DateTime | null

  @column.dateTime()
  declare lastLoginAt: DateTime | null

  @column({ consume: Boolean })
  declare isActive: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @belongsTo(() => Organization)
  declare organization: BelongsTo<typeof Organization>

  @manyToMany(() => Role, { pivotTable: 'user_roles' })
  declare roles: ManyToMany<typeof Role>

  static accessTokens = new AccessTokensProvider({
    tokenableModel: User,
    expiresIn: '30 days',
    prefix: 'zat_',
    table: 'auth_access_tokens',
    type: 'auth_token',
    tokenSecretLength: 40,
  })
}
