import type { HttpContext } from '@adonisjs/core/http'
import { definitionDto, deleteDeployment, deploy, deploymentDto } from '#engine'
import { appEngine, repositoryQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'
import { readDeploymentForm } from '#services/engine/deployment_form'
import { deleteDeploymentQuery, deploymentQuery } from '#validators/engine_rest'

/** /engine-rest/deployment: create (multipart, as Camunda Modeler sends it), list, count, one, delete. */
export default class DeploymentsController {
  async store({ request, response }: HttpContext) {
    const deployed = await appEngine().execute(deploy, await readDeploymentForm(request))
    const definitions = Object.fromEntries(deployed.definitions.map((d) => [d.id, definitionDto({ ...d, deployment_id: d.deploymentId, resource_name: d.resourceName })]))
    return camundaJson(response, {
      ...deploymentDto({ id: deployed.id, name: deployed.name, source: deployed.source, deployed_at: deployed.deployedAt }),
      deployedProcessDefinitions: deployed.definitions.length ? definitions : null,
      deployedCaseDefinitions: null,
      deployedDecisionDefinitions: null,
      deployedDecisionRequirementsDefinitions: null,
    })
  }

  async index({ request, response }: HttpContext) {
    const filter = await request.validateUsing(deploymentQuery)
    return camundaJson(response, (await repositoryQueries().deployments(filter)).map(deploymentDto))
  }

  async count({ request, response }: HttpContext) {
    const filter = await request.validateUsing(deploymentQuery)
    return camundaJson(response, { count: await repositoryQueries().deploymentCount(filter) })
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, deploymentDto(await repositoryQueries().deployment(params.id)))
  }

  async destroy({ params, request, response }: HttpContext) {
    const { cascade } = await request.validateUsing(deleteDeploymentQuery)
    await appEngine().execute(deleteDeployment, { deploymentId: params.id, cascade })
    return response.noContent()
  }
}
