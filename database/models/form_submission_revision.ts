import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { SubmissionStatus } from '#models/form_submission'

/** One saved state of a submission, kept for good: who changed it, when, and the full value (encrypted as stored). */
export default class FormSubmissionRevision extends BaseModel {
  static table = 'form_submission_revisions'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare submissionId: number

  @column()
  declare revision: number

  @column()
  declare status: SubmissionStatus

  @column({ serializeAs: null })
  declare value: string

  @column()
  declare changedBy: number

  @column.dateTime()
  declare changedAt: DateTime
}
