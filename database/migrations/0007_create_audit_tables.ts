import { BaseSchema } from '@adonisjs/lucid/schema'
import { createAppendOnlyTrigger, dropAppendOnlyTrigger } from '#database/audit_trigger'

/**
 * The audit trail. Each row carries the hash of the row before it, and
 * `audit_chain_head` holds the newest hash: appending locks that one row, so
 * writers from several processes form one chain, and deleting the newest
 * rows is as visible as editing old ones. A trigger refuses UPDATE outright.
 * `occurred_at` is an ISO-8601 string because the hash covers its exact
 * text, and DATETIME round trips differ between SQLite and MySQL.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('audit_logs', (table) => {
      table.bigIncrements('id')
      table.string('occurred_at', 24).notNullable()
      table.integer('user_id').unsigned().nullable()
      table.string('username', 64).nullable()
      table.integer('organization_id').unsigned().nullable()
      table.string('ip', 45).nullable()
      table.string('user_agent', 255).nullable()
      table.string('action', 64).notNullable()
      table.string('target_type', 32).nullable()
      table.string('target_id', 64).nullable()
      table.string('outcome', 16).notNullable()
      table.text('detail').nullable()
      table.string('prev_hash', 64).notNullable()
      table.string('hash', 64).notNullable()
      table.index(['occurred_at'])
      table.index(['user_id', 'occurred_at'])
      table.index(['action', 'occurred_at'])
    })

    this.schema.createTable('audit_chain_head', (table) => {
      table.integer('id').unsigned().primary()
      table.bigint('last_id').unsigned().notNullable().defaultTo(0)
      table.string('last_hash', 64).notNullable()
    })

    this.defer(async (db) => {
      await db.table('audit_chain_head').insert({ id: 1, last_id: 0, last_hash: '0'.repeat(64) })
      await createAppendOnlyTrigger(db)
    })
  }

  async down() {
    this.defer(async (db) => {
      await dropAppendOnlyTrigger(db)
    })
    this.schema.dropTable('audit_chain_head')
    this.schema.dropTable('audit_logs')
  }
}
