import { BaseModel, column } from '@adonisjs/lucid/orm'

/** The administrator duties of 三员分立; business permissions carry none. */
export type Duty = 'system' | 'security' | 'audit'

export default class Permission extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  /** "<module>:<action>", e.g. "project:read" */
  @column()
  declare code: string

  @column()
  declare module: string

  @column()
  declare action: string

  @column()
  declare name: string

  @column()
  declare duty: Duty | null
}
