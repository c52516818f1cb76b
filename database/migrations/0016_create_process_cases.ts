import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * 办件: one row per process instance started through the portal, carrying
 * what the engine does not know: who applied for whom, which station handles
 * it, and where it sits in the organisation tree. `scope_path` copies the
 * handling authority's path, as projects.scope_path does, so the inbox and
 * the filing lists narrow by jurisdiction with one indexed range. Whether a
 * case runs or ended is the engine's instance state, never copied here.
 *
 * case_actions is the timeline users read (提交, 驳回 with its reason, 转办,
 * 委派, 加签 …); the engine's history says which activities ran, this says
 * who decided what and why.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('process_cases', (table) => {
      table.increments('id')
      table.string('process_instance_id', 36).notNullable().unique()
      table.string('definition_key', 64).notNullable()
      table.string('definition_id', 100).notNullable()
      table.string('case_no', 32).notNullable().unique()
      table.string('title', 200).notNullable()
      table.integer('project_id').unsigned().nullable().references('id').inTable('projects')
      table.integer('applicant_organization_id').unsigned().notNullable().references('id').inTable('organizations')
      table.integer('started_by').unsigned().notNullable().references('id').inTable('users')
      table.integer('handling_organization_id').unsigned().nullable().references('id').inTable('organizations')
      table.string('scope_path', 255).notNullable()
      table.dateTime('created_at').notNullable()
      table.dateTime('updated_at').nullable()
      table.index(['scope_path', 'process_instance_id'])
      table.index(['applicant_organization_id', 'id'])
      table.index(['project_id', 'id'])
      table.index(['definition_key', 'id'])
    })

    this.schema.createTable('case_actions', (table) => {
      table.increments('id')
      table.integer('case_id').unsigned().notNullable().references('id').inTable('process_cases').onDelete('CASCADE')
      table.string('task_id', 36).nullable()
      table.string('task_name', 255).nullable()
      table.string('action', 32).notNullable()
      table.integer('user_id').unsigned().nullable().references('id').inTable('users')
      table.string('target', 255).nullable()
      table.text('comment').nullable()
      table.dateTime('created_at').notNullable()
      table.index(['case_id', 'id'])
      table.index(['user_id', 'action', 'id'])
    })

    this.schema.createTable('inbox_marks', (table) => {
      table.integer('user_id').unsigned().primary().references('id').inTable('users').onDelete('CASCADE')
      table.bigInteger('seen_at').notNullable()
    })

    this.schema.createTable('case_copies', (table) => {
      table.increments('id')
      table.integer('case_id').unsigned().notNullable().references('id').inTable('process_cases').onDelete('CASCADE')
      table.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.integer('copied_by').unsigned().notNullable().references('id').inTable('users')
      table.text('comment').nullable()
      table.dateTime('read_at').nullable()
      table.dateTime('created_at').notNullable()
      table.unique(['case_id', 'user_id'])
      table.index(['user_id', 'id'])
    })

    this.schema.createTable('briefing_sign_ins', (table) => {
      table.increments('id')
      table.integer('case_id').unsigned().notNullable().references('id').inTable('process_cases').onDelete('CASCADE')
      table.string('name', 50).notNullable()
      table.string('organization_name', 200).notNullable()
      table.string('position', 50).notNullable()
      table.string('mobile', 11).notNullable()
      table.integer('user_id').unsigned().nullable().references('id').inTable('users')
      table.dateTime('signed_at').notNullable()
      table.unique(['case_id', 'mobile'])
    })

    // 行政执法证号: issued notices name the supervisors with it
    this.schema.alterTable('users', (table) => {
      table.string('enforcement_certificate_no', 32).nullable()
    })

    // the inbox joins tasks to cases by instance and sorts by due date
    this.schema.alterTable('engine_tasks', (table) => {
      table.index(['process_instance_id', 'due_at'], 'engine_tasks_instance_due_index')
    })
  }

  async down() {
    this.schema.alterTable('engine_tasks', (table) => {
      table.dropIndex(['process_instance_id', 'due_at'], 'engine_tasks_instance_due_index')
    })
    // SQLite drops a column by rebuilding the table, which its foreign keys forbid for users;
    // 0002's down drops the whole table (and the column with it) there
    if (this.db.dialect.name === 'mysql') {
      this.schema.alterTable('users', (table) => {
        table.dropColumn('enforcement_certificate_no')
      })
    }
    this.schema.dropTable('briefing_sign_ins')
    this.schema.dropTable('case_copies')
    this.schema.dropTable('inbox_marks')
    this.schema.dropTable('case_actions')
    this.schema.dropTable('process_cases')
  }
}
