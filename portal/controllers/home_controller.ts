import type { HttpContext } from '@adonisjs/core/http'
import { accessOf, currentUser } from '#services/request_context'
import { dashboard } from '#services/workspace/dashboard'

/** 工作台: the signed-in user's counts and latest cases; the shell itself comes from the shared props. */
export default class HomeController {
  async show(ctx: HttpContext) {
    return ctx.inertia.render('home', await dashboard(await accessOf(ctx), currentUser(ctx)))
  }
}
