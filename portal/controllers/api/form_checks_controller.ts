import type { HttpContext } from '@adonisjs/core/http'
import { checkFormValidator } from '#validators/form_checks'
import { formSchemaProblems } from '#services/forms/form_check'

/** The form designer's check before 保存: is the schema inside Zhian's dialect (forms/README.md)? */
export default class FormChecksController {
  /** POST /api/admin/forms/check { schema }: 200 { ok: true }, or 422 { errors: [{ path, message }] } */
  async store({ request, response }: HttpContext) {
    const { schema } = await request.validateUsing(checkFormValidator)
    const errors = await formSchemaProblems(schema)
    return errors.length ? response.unprocessableEntity({ errors }) : { ok: true }
  }
}
