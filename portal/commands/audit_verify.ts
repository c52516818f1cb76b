import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/** Walks the audit hash chain; exits 1 and names the first broken row when it finds one. */
export default class AuditVerify extends BaseCommand {
  static commandName = 'audit:verify'
  static description = '校验审计日志哈希链，报告第一处断链'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { verifyAuditChain } = await import('#services/audit/audit_verifier')
    const result = await verifyAuditChain()
    if (result.ok) {
      this.logger.success(`审计日志完整：已校验 ${result.checked} 条记录`)
      return
    }
    this.logger.error(`审计日志被篡改：第一处断链在记录 #${result.brokenAt}（${result.reason}），此前 ${result.checked} 条完好`)
    this.exitCode = 1
  }
}
