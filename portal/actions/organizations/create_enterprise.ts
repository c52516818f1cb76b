import Organization from '#models/organization'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { fieldError } from '#exceptions/refusals'

export interface NewEnterprise {
  name: string
  creditCode: string
  enterpriseType: string
  regionCode?: string
  contactPhone?: string
}

/** Registers an enterprise; one credit code names one enterprise. */
export async function createEnterprise(input: NewEnterprise, actor: AuditActor): Promise<Organization> {
  return inTransaction(async (trx) => {
    if (await Organization.query({ client: trx }).where('credit_code', input.creditCode).first()) {
      throw fieldError('creditCode', '该统一社会信用代码已登记', 'unique')
    }
    const enterprise = await Organization.create({ ...input, kind: 'enterprise', level: null, parentId: null, path: '/' }, { client: trx })
    enterprise.path = `/${enterprise.id}/`
    await enterprise.useTransaction(trx).save()
    await recordAudit(actor, { action: 'organization.create', outcome: 'success', targetType: 'organization', targetId: enterprise.id, detail: { creditCode: input.creditCode } }, trx)
    return enterprise
  })
}
