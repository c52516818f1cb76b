import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Issued official documents (文书) and what signs them. A counter row per
 * (issuing body, document type, year) hands out gapless numbers: it is
 * locked and bumped inside the transaction that stores the document, so a
 * failed issuance takes its number back with it. The CA's and each body's
 * keys are stored encrypted (see documents/pki/key_vault.ts). The signed PDF
 * lives in its own table so listing documents never drags the bytes along;
 * MySQL needs LONGBLOB, since a plain BLOB stops at 64 KiB.
 */
export default class extends BaseSchema {
  async up() {
    const blob = this.db.dialect.name === 'mysql' ? 'longblob' : 'blob'

    this.schema.createTable('document_number_counters', (table) => {
      table.integer('organization_id').unsigned().notNullable().references('id').inTable('organizations')
      table.string('document_type', 64).notNullable()
      table.integer('year').notNullable()
      table.integer('last_seq').notNullable().defaultTo(0)
      table.primary(['organization_id', 'document_type', 'year'])
    })

    this.schema.createTable('document_certificates', (table) => {
      table.increments('id')
      // null for the deployment's root CA
      table.integer('organization_id').unsigned().nullable().references('id').inTable('organizations')
      table.string('kind', 16).notNullable()
      table.string('serial', 40).notNullable().unique()
      table.string('subject', 255).notNullable()
      table.text('certificate_pem').notNullable()
      table.text('private_key_encrypted').notNullable()
      table.dateTime('not_before').notNullable()
      table.dateTime('not_after').notNullable()
      table.dateTime('created_at').notNullable()
      // rotation: a superseded certificate signs nothing new but still verifies what it signed
      table.dateTime('superseded_at').nullable()
      table.dateTime('revoked_at').nullable()
      table.string('revocation_reason', 200).nullable()
      table.index(['organization_id', 'kind'])
    })

    this.schema.createTable('document_seals', (table) => {
      table.increments('id')
      table.integer('organization_id').unsigned().notNullable().references('id').inTable('organizations')
      table.string('source', 16).notNullable()
      table.string('format', 8).notNullable()
      table.specificType('content', blob).notNullable()
      table.boolean('is_active').notNullable().defaultTo(true)
      table.dateTime('created_at').notNullable()
      table.index(['organization_id', 'is_active'])
    })

    this.schema.createTable('issued_documents', (table) => {
      table.string('id', 36).primary()
      // unique per issuing body: two stations may share a template and its pattern
      table.string('document_number', 100).notNullable()
      table.integer('organization_id').unsigned().notNullable().references('id').inTable('organizations')
      table.string('template_key', 100).notNullable()
      table.string('document_type', 64).notNullable()
      table.string('title', 200).notNullable()
      table.integer('year').notNullable()
      table.integer('seq').notNullable()
      table.string('content_hash', 64).notNullable()
      table.string('pdf_sha256', 64).notNullable()
      table.integer('pdf_size').notNullable()
      table.integer('certificate_id').unsigned().notNullable().references('id').inTable('document_certificates')
      table.string('process_instance_id', 64).nullable()
      // the external task that issued it: a worker retried after a lost completion finds it instead of issuing twice
      table.string('source_task_id', 64).nullable().unique()
      table.integer('project_id').unsigned().nullable().references('id').inTable('projects')
      table.integer('issued_by').unsigned().nullable()
      table.dateTime('issued_at').notNullable()
      table.text('data').notNullable()
      table.unique(['organization_id', 'document_type', 'year', 'seq'])
      table.unique(['organization_id', 'document_number'])
      table.index(['document_number'])
      table.index(['project_id', 'issued_at'])
      table.index(['organization_id', 'issued_at'])
      table.index(['process_instance_id'])
    })

    this.schema.createTable('issued_document_files', (table) => {
      table.string('document_id', 36).primary().references('id').inTable('issued_documents').onDelete('CASCADE')
      table.specificType('pdf', blob).notNullable()
    })
  }

  async down() {
    this.schema.dropTable('issued_document_files')
    this.schema.dropTable('issued_documents')
    this.schema.dropTable('document_seals')
    this.schema.dropTable('document_certificates')
    this.schema.dropTable('document_number_counters')
  }
}
