import type { HttpContext } from '@adonisjs/core/http'
import Permission from '#models/permission'
import { accessOf, currentUser } from '#services/request_context'

/** The portal's shell: who is signed in, in which organization, allowed to do what. */
export default class HomeController {
  async show(ctx: HttpContext) {
    const access = await accessOf(ctx)
    const user = currentUser(ctx)
    await user.load('organization')
    return ctx.inertia.render('home', {
      organization: { id: user.organization.id, name: user.organization.name, kind: user.organization.kind },
      permissions: await Permission.query().whereIn('code', [...access.permissions]).orderBy('id').select('code', 'name'),
    })
  }
}
