import { DateTime } from 'luxon'
import { BaseModel, column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import FormSubmissionRevision from '#models/form_submission_revision'

export type SubmissionStatus = 'draft' | 'submitted'

/**
 * A form's data: a draft its author autosaves, or a submission that passed
 * validation (and, for a task, completed it). `value` is JSON text with the
 * sensitive fields encrypted; never serialise it directly.
 */
export default class FormSubmission extends BaseModel {
  static table = 'form_submissions'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare formKey: string

  /** the schema version: the deployment it came from and the resource's SHA-256 */
  @column()
  declare deploymentId: string

  @column()
  declare schemaChecksum: string

  @column()
  declare status: SubmissionStatus

  @column()
  declare authorId: number

  @column()
  declare taskId: string | null

  @column()
  declare taskDefinitionKey: string | null

  @column()
  declare processInstanceId: string | null

  @column()
  declare projectId: number | null

  @column()
  declare revision: number

  @column({ serializeAs: null })
  declare value: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime | null

  @column.dateTime()
  declare submittedAt: DateTime | null

  @hasMany(() => FormSubmissionRevision, { foreignKey: 'submissionId' })
  declare revisions: HasMany<typeof FormSubmissionRevision>
}
