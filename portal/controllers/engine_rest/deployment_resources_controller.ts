import type { HttpContext } from '@adonisjs/core/http'
import { resourceDto, resourceMediaType } from '#engine'
import { repositoryQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/deployment/{id}/resources: the files of a deployment, and each one's bytes. */
export default class DeploymentResourcesController {
  async index({ params, response }: HttpContext) {
    return camundaJson(response, (await repositoryQueries().resources(params.id)).map(resourceDto))
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, resourceDto(await repositoryQueries().resource(params.id, params.resourceId)))
  }

  /** The bytes as deployed, typed by file extension and offered as a download (as Camunda does). */
  async data({ params, response }: HttpContext) {
    const { name, content } = await repositoryQueries().resourceData(params.id, params.resourceId)
    response.header('content-type', resourceMediaType(name))
    response.header('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    return response.send(content)
  }
}
