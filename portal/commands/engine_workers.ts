import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Runs the worker host on its own, against ENGINE_REST_URL (default: this
 * app's /engine-rest on PORT), until SIGTERM or SIGINT. Use it with
 * ENGINE_WORKERS=off on the servers, or to add workers on other machines.
 */
export default class EngineWorkers extends BaseCommand {
  static commandName = 'engine:workers'
  static description = '运行流程引擎外部任务处理程序（连接 ENGINE_REST_URL）'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  async run() {
    const { appWorkerHost, engineRestUrl } = await import('#services/engine/workers/app_worker_host')
    const host = appWorkerHost()
    this.app.terminating(() => host.stop())
    // SIGTERM already terminates the app (bin/ignitor.ts); Ctrl-C should stop the workers just as cleanly
    process.once('SIGINT', () => void this.app.terminate())
    try {
      await host.start()
    } catch (error) {
      this.logger.error(`外部任务处理程序未能启动：${(error as Error).message}`)
      this.exitCode = 1
      await this.app.terminate()
      return
    }
    this.logger.info(`外部任务处理程序已启动，连接 ${engineRestUrl()}`)
  }
}
