import type { HttpContext } from '@adonisjs/core/http'
import { NotFoundError, definitionDto, fromVariableDtos, instanceDto, startInstance } from '#engine'
import { startInstanceBody } from '#validators/engine_rest'
import { appEngine, engineQueries, repositoryQueries } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** /engine-rest/process-definition: list, count, one by id or key, its XML, and starting an instance. */
export default class ProcessDefinitionsController {
  async index({ request, response }: HttpContext) {
    const { key, latestVersion, suspended, active } = request.qs()
    const rows = await engineQueries().definitions({ key, latestVersion: latestVersion === 'true', suspended: suspended === 'true', active: active === 'true' })
    return camundaJson(response, rows.map(definitionDto))
  }

  async count({ request, response }: HttpContext) {
    const { key, latestVersion, suspended, active } = request.qs()
    const rows = await engineQueries().definitions({ key, latestVersion: latestVersion === 'true', suspended: suspended === 'true', active: active === 'true' })
    return camundaJson(response, { count: rows.length })
  }

  async show({ params, response }: HttpContext) {
    return camundaJson(response, definitionDto(await repositoryQueries().definition(params.id)))
  }

  async showByKey({ params, response }: HttpContext) {
    const [latest] = await engineQueries().definitions({ key: params.key, latestVersion: true })
    if (!latest) throw new NotFoundError(`No matching process definition with key: ${params.key} and no tenant-id`)
    return camundaJson(response, definitionDto(latest))
  }

  async xml({ params, response }: HttpContext) {
    const { id, xml } = await engineQueries().definitionXml(params.id)
    return camundaJson(response, { id, bpmn20Xml: xml })
  }

  /** The newest version of the key. */
  startByKey(ctx: HttpContext) {
    return this.#start(ctx, { key: ctx.params.key })
  }

  /** Exactly this version, e.g. one a running instance was started on. */
  startById(ctx: HttpContext) {
    return this.#start(ctx, { definitionId: ctx.params.id })
  }

  async #start({ request, response }: HttpContext, definition: { key?: string; definitionId?: string }) {
    const body = await request.validateUsing(startInstanceBody)
    const started = await appEngine().execute(startInstance, { ...definition, businessKey: body.businessKey, variables: fromVariableDtos(body.variables as any) })
    return camundaJson(response, instanceDto({ id: started.id, definition_id: started.definitionId, business_key: started.businessKey, state: started.ended ? 'completed' : 'active' }))
  }
}
