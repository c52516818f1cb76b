import type { HttpContext } from '@adonisjs/core/http'
import { unlockUser } from '#actions/users/unlock_user'
import { actorOf } from '#services/request_context'

/** 解锁 (安全管理员) */
export default class UserUnlocksController {
  async store(ctx: HttpContext) {
    await unlockUser(Number(ctx.params.id), actorOf(ctx))
    return ctx.response.noContent()
  }
}
