import { readFile } from 'node:fs/promises'
import type { HttpContext } from '@adonisjs/core/http'
import { DeploymentError } from '#engine'
import { definitionCatalog } from '#services/definitions/definition_catalog'
import { definitionDrafts } from '#services/definitions/definition_drafts'
import { exportDeployment } from '#services/definitions/definition_archive'
import { importDefinition } from '#actions/definitions/import_definition'
import { importDefinitionValidator } from '#validators/definitions'
import { actorOf } from '#services/request_context'

/** 流程定义管理: the deployed processes, their versions and how each runs. */
export default class DefinitionsController {
  async index({ inertia }: HttpContext) {
    return inertia.render('admin/definitions', { definitions: await definitionCatalog(), drafts: await definitionDrafts.list() })
  }

  /** GET /api/admin/definitions */
  async list() {
    return definitionCatalog()
  }

  /** GET /api/admin/deployments/:id/export: the deployment as a definition folder in a zip */
  async export({ params, response }: HttpContext) {
    const { name, zip } = await exportDeployment(params.id)
    response.header('content-type', 'application/zip')
    response.attachment(`${name}.zip`)
    return response.send(zip)
  }

  /** POST /api/admin/definitions/import (multipart `file`): 201 with what was deployed, 200 when nothing changed, 422 with the reason */
  async import(ctx: HttpContext) {
    const { file } = await ctx.request.validateUsing(importDefinitionValidator)
    try {
      const deployed = await importDefinition(await readFile(file.tmpPath!), actorOf(ctx))
      return ctx.response.status(deployed.created ? 201 : 200).send({ id: deployed.id, name: deployed.name, created: deployed.created, definitions: deployed.definitions, warnings: deployed.warnings })
    } catch (error) {
      if (error instanceof DeploymentError) return ctx.response.unprocessableEntity({ errors: [{ path: 'file', message: error.message }] })
      throw error
    }
  }
}
