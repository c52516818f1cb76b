import type { HttpContext } from '@adonisjs/core/http'
import { checkExpressionValidator } from '#validators/expressions'
import { checkCondition } from '#engine'

/** The modeler asks, while a condition is typed, whether the engine will accept it. */
export default class ExpressionChecksController {
  /** POST /api/admin/expressions/check `{ expression }`: `{ ok: true }` or 422 with the reason at `expression` */
  async store({ request, response }: HttpContext) {
    const { expression } = await request.validateUsing(checkExpressionValidator)
    const problem = checkCondition(expression)
    if (problem) return response.unprocessableEntity({ errors: [{ path: 'expression', message: problem }] })
    return { ok: true }
  }
}
