import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Deploys a definition folder as one versioned deployment named after the
 * folder: its *.bpmn files plus the forms and document templates they name.
 * Duplicate filtering compares every file, so an unchanged folder deploys
 * nothing; a change to any file deploys the whole set as the next version.
 * Running instances stay on the version they started with.
 */
export default class DefinitionsDeploy extends BaseCommand {
  static commandName = 'definitions:deploy'
  static description = '部署流程定义目录：BPMN 及其引用的表单和文书模板（未改动则不重新部署）'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: '流程定义目录，例如 definitions/project-filing' })
  declare folder: string

  async run() {
    const { resolve } = await import('node:path')
    const { deploy, EngineError } = await import('#engine')
    const { appEngine } = await import('#services/engine/engine')
    const { DEFINITION_FOLDER_SOURCE, readDefinitionFolder } = await import('#services/definitions/definition_folder')

    try {
      const folder = await readDefinitionFolder(resolve(this.app.makePath(), this.folder))
      const input = { name: folder.name, source: DEFINITION_FOLDER_SOURCE, resources: folder.resources, duplicateFiltering: true }
      const deployed = await appEngine().execute(deploy, input)
      if (!deployed.created) this.logger.info(`${folder.name}：所有文件均未改动，无需重新部署`)
      for (const definition of deployed.definitions) this.logger.success(`已部署 ${definition.key} 第 ${definition.version} 版（${definition.resourceName}）`)
      if (deployed.created) this.logger.info(`部署 ${deployed.id} 含 ${deployed.resources.length} 个文件：${deployed.resources.map((r) => r.name).join('、')}`)
      for (const warning of deployed.warnings) this.logger.warning(`模型检查提醒：${warning.resourceName} 中 ${warning.elementId ?? '（整个模型）'}：${warning.message}（${warning.rule}）`)
      if (folder.unused.length) this.logger.info(`未部署（没有流程引用）：${folder.unused.join('、')}`)
    } catch (error) {
      if (!(error instanceof EngineError)) throw error
      this.logger.error(`部署失败：${error.message}`)
      this.exitCode = 1
    }
  }
}
