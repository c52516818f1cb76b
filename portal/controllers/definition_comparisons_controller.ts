import type { HttpContext } from '@adonisjs/core/http'
import { compareVersionsValidator } from '#validators/definitions'
import { compareVersions } from '#services/definitions/version_compare'

/** 版本对比 (流程定义管理): what changed between two deployed versions. */
export default class DefinitionComparisonsController {
  /** GET /api/admin/definitions/compare?left=<definitionId>&right=<definitionId> */
  async show({ request }: HttpContext) {
    const { left, right } = await request.validateUsing(compareVersionsValidator, { data: request.qs() })
    return compareVersions(left, right)
  }
}
