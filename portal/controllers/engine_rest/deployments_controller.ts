import type { HttpContext } from '@adonisjs/core/http'
import { deploy, definitionDto, formatDate } from '#engine'
import { appEngine } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'
import { readDeploymentForm } from '#services/engine/deployment_form'

/** POST /engine-rest/deployment/create (multipart, as Camunda Modeler and Camunda's REST API send it). */
export default class DeploymentsController {
  async store({ request, response }: HttpContext) {
    const form = await readDeploymentForm(request)
    const deployed = await appEngine().execute(deploy, form)
    const definitions = Object.fromEntries(
      deployed.definitions.map((d) => [d.id, definitionDto({ ...d, deployment_id: d.deploymentId, resource_name: d.resourceName })])
    )
    return camundaJson(response, {
      id: deployed.id,
      name: deployed.name,
      source: deployed.source,
      deploymentTime: formatDate(deployed.deployedAt),
      tenantId: null,
      links: [],
      deployedProcessDefinitions: Object.keys(definitions).length ? definitions : null,
      deployedCaseDefinitions: null,
      deployedDecisionDefinitions: null,
      deployedDecisionRequirementsDefinitions: null,
    })
  }
}
