import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** What the timeline of a case shows; `target` names the user or step an action points at. */
export type CaseActionKind =
  | 'start'
  | 'submit'
  | 'approve'
  | 'return'
  | 'return_to_step'
  | 'claim'
  | 'unclaim'
  | 'transfer'
  | 'delegate'
  | 'resolve'
  | 'add_signer'
  | 'copy'
  | 'document'
  | 'sign_in'

export default class CaseAction extends BaseModel {
  static table = 'case_actions'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare caseId: number

  @column()
  declare taskId: string | null

  @column()
  declare taskName: string | null

  @column()
  declare action: CaseActionKind

  @column()
  declare userId: number | null

  @column()
  declare target: string | null

  @column()
  declare comment: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
