import type { HttpContext } from '@adonisjs/core/http'
import { definitionCatalog } from '#services/definitions/definition_catalog'

/** 流程定义管理: the deployed processes, their versions and how each runs. */
export default class DefinitionsController {
  async index({ inertia }: HttpContext) {
    return inertia.render('admin/definitions', { definitions: await definitionCatalog() })
  }

  /** GET /api/admin/definitions */
  async list() {
    return definitionCatalog()
  }
}
