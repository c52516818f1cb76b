import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import { BadRequestError, ControlledClock, NotFoundError, formatDate, parseDate } from '#engine'
import clock from '#services/clock'
import { appEngine, appJobExecutor } from '#services/engine/engine'
import { camundaJson } from '#services/engine/camunda_response'

const moveClockBody = vine.create({ time: vine.string().minLength(10).maxLength(40) })

function controlled(): ControlledClock {
  if (!(clock instanceof ControlledClock)) throw new NotFoundError('The clock is not controlled (ENGINE_CLOCK=controlled)')
  return clock
}

/** The clock as Camunda-style JSON, in the engine's zone. */
function clockDto(at: number) {
  return { time: formatDate(at), zone: appEngine().zone, controlled: true }
}

/**
 * GET/PUT /engine-rest/clock, only with ENGINE_CLOCK=controlled: tests and
 * demos move time, like Zeebe's clock actuator. Moving it runs the jobs that
 * fall due before answering, so the caller sees their effects.
 */
export default class ClockController {
  async show({ response }: HttpContext) {
    return camundaJson(response, clockDto(controlled().now().getTime()))
  }

  async update({ request, response }: HttpContext) {
    const target = controlled()
    const { time } = await request.validateUsing(moveClockBody)
    const at = parseDate(time)
    if (Number.isNaN(at)) throw new BadRequestError(`Cannot parse time '${time}'`)
    if (at < target.now().getTime()) throw new BadRequestError('The clock cannot be moved backwards')
    target.set(new Date(at))
    const executed = await appJobExecutor().runDue()
    return camundaJson(response, { ...clockDto(at), executedJobs: executed })
  }
}
