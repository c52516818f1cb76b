import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import AuditLog from '#models/audit_log'
import Personnel from '#models/personnel'
import Organization from '#models/organization'
import AuditVerify from '#commands/audit_verify'
import AuditPrune from '#commands/audit_prune'
import clock from '#services/clock'
import { ControlledClock } from '#engine'
import { recordAudit, SYSTEM_ACTOR } from '#services/audit/audit_trail'
import { createAppendOnlyTrigger, dropAppendOnlyTrigger } from '#database/audit_trigger'
import { tokenFor } from '#tests/helpers/api'

async function runCommand(command: typeof AuditVerify | typeof AuditPrune, argv: string[] = []) {
  const ace = await app.container.make('ace')
  ace.ui.switchMode('raw')
  const instance = await ace.create(command, argv)
  await instance.exec()
  return { exitCode: instance.exitCode, logs: instance.logger.getLogs().map((log) => log.message).join('\n') }
}

test.group('audit trail: rows with the client IP', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('[G-3.1.4] a write is audited with the client IP in the same transaction', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hp.chief')
    const station = await Organization.findByOrFail('name', '沈阳市和平区建设工程质量监督站')
    const contractor = await Organization.query().where('enterprise_type', 'contractor').firstOrFail()

    const created = await client
      .post('/api/projects')
      .bearerToken(token)
      .header('x-forwarded-for', '198.51.100.23')
      .json({ code: '2026-210102-47-01-000901', name: '审计测试项目', category: '01', qualityStationId: station.id, parties: [{ role: 'contractor', creditCode: contractor.creditCode }] })

    created.assertStatus(201)
    const row = await AuditLog.query().where('action', 'project.create').where('target_id', String(created.body().id)).firstOrFail()
    assert.equal(row.ip, '198.51.100.23')
    assert.equal(row.username, 'hp.chief')
  })

  test('[G-3.1.4] a refused write leaves neither the row nor an audit entry behind', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hp.chief')
    const station = await Organization.findByOrFail('name', '沈阳市和平区建设工程质量监督站')
    const before = await AuditLog.query().where('action', 'project.create').count('* as total')

    const response = await client
      .post('/api/projects')
      .bearerToken(token)
      .json({ code: '2026-210102-47-01-000902', name: '坏数据项目', category: '01', qualityStationId: station.id, parties: [{ role: 'contractor', creditCode: '91210102MA0000001X' }] })

    response.assertStatus(422)
    assert.equal(response.body().errors[0].field, 'parties.0.creditCode')
    assert.match(response.body().errors[0].message, /统一社会信用代码/)
    const after = await AuditLog.query().where('action', 'project.create').count('* as total')
    assert.equal(after[0].$extras.total, before[0].$extras.total)
    assert.isNull(await db.from('projects').where('code', '2026-210102-47-01-000902').first())
  })

  test('[G-3.1.4] reading personal data is audited with the client IP', async ({ client, assert }) => {
    const token = await tokenFor(client, 'hp.supervisor')
    const person = await Personnel.query().firstOrFail()

    const response = await client.get(`/api/personnel/${person.id}`).bearerToken(token).header('x-forwarded-for', '198.51.100.77')

    response.assertStatus(200)
    assert.match(response.body().idCardNo, /^\d{17}[\dX]$/)
    const row = await AuditLog.query().where('action', 'personal_data.read').where('target_id', String(person.id)).firstOrFail()
    assert.equal(row.ip, '198.51.100.77')
    assert.equal(row.targetType, 'personnel')
  })

  test('the audit administrator searches and exports the log; the export is audited too', async ({ client, assert }) => {
    const token = await tokenFor(client, 'auditor')
    const search = await client.get('/api/audit-logs?action=auth.login&outcome=success').bearerToken(token)
    const csv = await client.get('/api/audit-logs/export?action=auth.login').bearerToken(token)

    search.assertStatus(200)
    assert.isAbove(search.body().meta.total, 0)
    assert.isTrue(search.body().data.every((row: { action: string }) => row.action === 'auth.login'))
    csv.assertStatus(200)
    assert.match(csv.header('content-type') ?? '', /text\/csv/)
    assert.match(csv.text(), /编号,时间,用户名/)
    assert.include(csv.text(), 'auditor')
    assert.isNotNull(await AuditLog.query().where('action', 'audit.export').first())
  })
})

test.group('audit trail: tamper evidence', () => {
  test('[G-3.1.4] rows cannot be updated, and audit:verify names a row altered in SQL', async ({ assert }) => {
    // given: a chain with a few rows
    for (const action of ['test.first', 'test.second', 'test.third']) {
      await recordAudit(SYSTEM_ACTOR, { action, outcome: 'success' })
    }
    const victim = await AuditLog.query().where('action', 'test.second').orderBy('id', 'desc').firstOrFail()
    assert.equal((await runCommand(AuditVerify)).exitCode, 0)

    // the database itself refuses an UPDATE
    await assert.rejects(() => db.from('audit_logs').where('id', victim.id).update({ outcome: 'failure' }))

    // when: someone with database access drops the trigger and edits the row
    await dropAppendOnlyTrigger(db.connection())
    try {
      await db.from('audit_logs').where('id', victim.id).update({ outcome: 'failure' })
      const broken = await runCommand(AuditVerify)

      // then
      assert.equal(broken.exitCode, 1)
      assert.include(broken.logs, `#${victim.id}`)
    } finally {
      await db.from('audit_logs').where('id', victim.id).update({ outcome: 'success' })
      await createAppendOnlyTrigger(db.connection())
    }
    assert.equal((await runCommand(AuditVerify)).exitCode, 0)
  })

  test('audit:verify notices when the newest rows are deleted', async ({ assert, cleanup }) => {
    cleanup(await testUtils.db().withGlobalTransaction())
    await recordAudit(SYSTEM_ACTOR, { action: 'test.tail', outcome: 'success' })
    const tail = await AuditLog.query().orderBy('id', 'desc').firstOrFail()

    await db.from('audit_logs').where('id', tail.id).delete()
    const broken = await runCommand(AuditVerify)

    assert.equal(broken.exitCode, 1)
    assert.include(broken.logs, '链尾')
  })

  test('[G-3.1.4] audit:prune keeps 180 days at least, records itself, and the chain still verifies', async ({ assert, cleanup }) => {
    cleanup(await testUtils.db().withGlobalTransaction())
    // given: rows written now, then 181 days pass
    await recordAudit(SYSTEM_ACTOR, { action: 'test.old', outcome: 'success' })
    ;(clock as ControlledClock).advance({ days: 181 })
    await recordAudit(SYSTEM_ACTOR, { action: 'test.recent', outcome: 'success' })

    // when: asked for 30 days, it still keeps 180
    const result = await runCommand(AuditPrune, ['--days=30'])

    // then
    assert.equal(result.exitCode, 0)
    assert.isNull(await AuditLog.query().where('action', 'test.old').first())
    assert.isNotNull(await AuditLog.query().where('action', 'test.recent').first())
    const prune = await AuditLog.query().where('action', 'audit.prune').orderBy('id', 'desc').firstOrFail()
    assert.equal(JSON.parse(prune.detail!).retentionDays, 180)
    assert.equal((await runCommand(AuditVerify)).exitCode, 0)
  })
})
