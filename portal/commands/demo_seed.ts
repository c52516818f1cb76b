import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Brings the permission catalogue and the three administrator roles in step
 * with the code, and fills an empty database with the Liaoning demo data.
 */
export default class DemoSeed extends BaseCommand {
  static commandName = 'demo:seed'
  static description = '同步权限目录与三员角色；空库时写入辽宁演示数据'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { inTransaction } = await import('#database/transaction')
    const { syncBaseData } = await import('#database/seeds/base_data')
    const { seedDemoData } = await import('#database/seeds/demo_data')
    const { default: Organization } = await import('#models/organization')

    const seeded = await inTransaction(async (trx) => {
      await syncBaseData(trx)
      if (await Organization.query({ client: trx }).first()) return false
      await seedDemoData(trx)
      return true
    })
    this.logger.info(seeded ? '已写入演示数据（账号见 README.md）' : '数据库已有数据，跳过演示数据')
  }
}
