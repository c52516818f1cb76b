import type { HttpContext } from '@adonisjs/core/http'
import { BadRequestError, activateDefinition, suspendDefinition } from '#engine'
import { definitionSuspensionBody } from '#validators/engine_rest'
import { appEngine } from '#services/engine/engine'

/**
 * PUT /engine-rest/process-definition/{id}/suspended and …/key/{key}/suspended
 * (Camunda's ProcessDefinitionSuspensionStateDto): by key every version of it.
 * 204, as in Camunda.
 */
export default class ProcessDefinitionSuspensionsController {
  update(ctx: HttpContext) {
    return this.#set(ctx, { definitionId: ctx.params.id })
  }

  updateByKey(ctx: HttpContext) {
    return this.#set(ctx, { key: ctx.params.key })
  }

  async #set({ request, response }: HttpContext, target: { definitionId?: string; key?: string }) {
    const body = await request.validateUsing(definitionSuspensionBody)
    if (body.executionDate) throw new BadRequestError('executionDate is not supported: suspension and activation take effect at once')
    await appEngine().execute(body.suspended ? suspendDefinition : activateDefinition, { ...target, includeProcessInstances: body.includeProcessInstances })
    return response.noContent()
  }
}
