import type { HttpContext } from '@adonisjs/core/http'
import { formRegistry } from '#services/forms/form_registry'

/** 表单填写页: the latest deployed schema of a form key, rendered in the browser (PC or phone). */
export default class FormPagesController {
  async show({ params, inertia }: HttpContext) {
    const form = await formRegistry.latest(params.formKey)
    const title = typeof form.schema.title === 'string' ? form.schema.title : form.formKey
    return inertia.render('forms/fill', { formKey: form.formKey, title, schema: form.schema as Record<string, unknown> })
  }
}
