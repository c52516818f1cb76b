import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** Removes audit rows older than the retention (never under 180 days) and records that it did. */
export default class AuditPrune extends BaseCommand {
  static commandName = 'audit:prune'
  static description = '删除超过保存期限（默认且至少 180 天）的审计日志，并记录本次清理'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: '保存天数（小于 180 时按 180 计）' })
  declare days?: number

  async run() {
    const { pruneAuditLog } = await import('#services/audit/audit_pruner')
    const result = await pruneAuditLog(this.days)
    this.logger.success(`已删除 ${result.deleted} 条早于 ${result.cutoff} 的审计日志`)
  }
}
