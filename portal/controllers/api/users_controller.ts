import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import { createUserValidator } from '#validators/users'
import { createUser } from '#actions/users/create_user'
import { actorOf } from '#services/request_context'
import { recordAudit } from '#services/audit/audit_trail'

/** 用户 (系统管理员). The list hides personal data; reading one user shows it and is audited. */
export default class UsersController {
  async index() {
    return User.query().preload('roles').orderBy('id')
  }

  async show(ctx: HttpContext) {
    const user = await User.query().where('id', ctx.params.id).preload('roles').preload('organization').firstOrFail()
    await recordAudit(actorOf(ctx), { action: 'personal_data.read', outcome: 'success', targetType: 'user', targetId: user.id, detail: { fields: ['mobile', 'idCardNo'] } })
    return { ...user.serialize(), mobile: user.mobile, idCardNo: user.idCardNo, lockedUntil: user.lockedUntil }
  }

  async store(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(createUserValidator)
    return ctx.response.created(await createUser(body, actorOf(ctx)))
  }
}
