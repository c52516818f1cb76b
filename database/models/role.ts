import { DateTime } from 'luxon'
import { BaseModel, column, manyToMany } from '@adonisjs/lucid/orm'
import type { ManyToMany } from '@adonisjs/lucid/types/relations'
import Permission from '#models/permission'

/**
 * all: every project; jurisdiction: the projects in the user's authority's
 * subtree; participation: the projects the user's enterprise takes part in;
 * none: no project at all (the three administrators).
 */
export type DataScope = 'all' | 'jurisdiction' | 'participation' | 'none'
export const DATA_SCOPES: readonly DataScope[] = ['all', 'jurisdiction', 'participation', 'none']

export default class Role extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare code: string

  @column()
  declare name: string

  @column()
  declare description: string | null

  @column()
  declare dataScope: DataScope

  /** the three administrator roles: they can be edited but not deleted */
  @column({ consume: Boolean })
  declare isBuiltin: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @manyToMany(() => Permission, { pivotTable: 'role_permissions', pivotTimestamps: false })
  declare permissions: ManyToMany<typeof Permission>
}
