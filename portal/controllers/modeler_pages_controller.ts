import type { HttpContext } from '@adonisjs/core/http'
import { draftModeler } from '#services/definitions/draft_modeler'

/** 流程设计: a draft's process in the modeler (bpmn-js with the Camunda 7 panel and Zhian's groups). */
export default class ModelerPagesController {
  async show({ params, inertia }: HttpContext) {
    return inertia.render('admin/draft', await draftModeler(params.name))
  }
}
