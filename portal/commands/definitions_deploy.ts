import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Deploys a definition folder (its *.bpmn files) as one deployment. A
 * process whose BPMN is unchanged keeps its version; running instances stay
 * on the version they started with. Forms and document templates join the
 * deployment when their rooms exist (issues 4 and 5).
 */
export default class DefinitionsDeploy extends BaseCommand {
  static commandName = 'definitions:deploy'
  static description = '部署流程定义目录中的 BPMN（未改动的流程不重新部署）'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: '流程定义目录，例如 definitions/project-filing' })
  declare folder: string

  async run() {
    const { readdir, readFile } = await import('node:fs/promises')
    const { basename, join, resolve } = await import('node:path')
    const { deploy, EngineError } = await import('#engine')
    const { appEngine } = await import('#services/engine/engine')

    const folder = resolve(this.app.makePath(), this.folder)
    const files = (await readdir(folder)).filter((name) => /\.bpmn(20\.xml)?$/.test(name)).sort()
    if (files.length === 0) {
      this.logger.error(`${this.folder} 中没有 BPMN 文件`)
      this.exitCode = 1
      return
    }
    const resources = await Promise.all(files.map(async (name) => ({ name, content: await readFile(join(folder, name), 'utf8') })))
    try {
      const deployed = await appEngine().execute(deploy, { name: basename(folder), source: 'definitions:deploy', resources, duplicateFiltering: true })
      if (deployed.definitions.length === 0) this.logger.info(`${basename(folder)}：流程未改动，无需重新部署`)
      for (const definition of deployed.definitions) this.logger.success(`已部署 ${definition.key} 第 ${definition.version} 版（${definition.resourceName}）`)
    } catch (error) {
      if (!(error instanceof EngineError)) throw error
      this.logger.error(`部署失败：${error.message}`)
      this.exitCode = 1
    }
  }
}
