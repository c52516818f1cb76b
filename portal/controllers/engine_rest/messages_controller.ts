import type { HttpContext } from '@adonisjs/core/http'
import { correlateMessage, fromVariableDtos, sendSignal } from '#engine'
import { correlateMessageBody, signalBody } from '#validators/engine_rest'
import { appEngine } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

/** POST /engine-rest/message and /signal: events sent into the engine from outside. */
export default class MessagesController {
  /** POST /engine-rest/signal */
  async signal({ request, response }: HttpContext) {
    const { name, variables } = await request.validateUsing(signalBody)
    await appEngine().execute(sendSignal, { name, variables: fromVariableDtos(variables as any) })
    return response.noContent()
  }

  /** POST /engine-rest/message: deliver to waiting events, or start a process with it */
  async store({ request, response }: HttpContext) {
    const { correlationKeys, processVariables, resultEnabled, ...body } = await request.validateUsing(correlateMessageBody)
    const results = await appEngine().execute(correlateMessage, {
      ...body,
      correlationKeys: fromVariableDtos(correlationKeys as any),
      processVariables: fromVariableDtos(processVariables as any),
    })
    if (!resultEnabled) return response.noContent()
    return camundaJson(
      response,
      results.map((r) => ({
        resultType: r.resultType,
        execution: r.executionId ? { id: r.executionId, processInstanceId: r.processInstanceId, ended: false, tenantId: null } : null,
        processInstance: r.resultType === 'ProcessDefinition' ? { id: r.processInstanceId, definitionId: r.definitionId, businessKey: body.businessKey ?? null, ended: false, suspended: false, tenantId: null, links: [] } : null,
      }))
    )
  }
}
