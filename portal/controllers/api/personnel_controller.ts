import type { HttpContext } from '@adonisjs/core/http'
import Personnel from '#models/personnel'
import { accessOf, actorOf } from '#services/request_context'
import { recordAudit } from '#services/audit/audit_trail'

/**
 * 人员 with their certificates. It shows ID numbers and phones, so every read
 * is audited; enterprise users see only their own enterprise's people.
 */
export default class PersonnelController {
  async show(ctx: HttpContext) {
    const access = await accessOf(ctx)
    const person = await Personnel.query()
      .where('id', ctx.params.id)
      .if(access.organizationKind === 'enterprise', (q) => q.where('organization_id', access.organizationId))
      .preload('certificates')
      .firstOrFail()
    await recordAudit(actorOf(ctx), { action: 'personal_data.read', outcome: 'success', targetType: 'personnel', targetId: person.id, detail: { fields: ['idCardNo', 'mobile'] } })
    return person
  }
}
