import User from '#models/user'
import Organization from '#models/organization'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import { passwordWeakness } from '#services/passwords/password_policy'
import { fieldError } from '#exceptions/refusals'

export interface NewUser {
  username: string
  fullName: string
  organizationId: number
  mobile?: string
  idCardNo?: string
  password: string
}

/** Creates an account with no roles; it must change its password at first login. */
export async function createUser(input: NewUser, actor: AuditActor): Promise<User> {
  const weakness = passwordWeakness(input.password)
  if (weakness) throw fieldError('password', weakness, 'passwordPolicy')

  return inTransaction(async (trx) => {
    if (!(await Organization.find(input.organizationId, { client: trx }))) {
      throw fieldError('organizationId', '所属单位不存在', 'exists')
    }
    if (await User.query({ client: trx }).where('username', input.username).first()) {
      throw fieldError('username', '用户名已被使用', 'unique')
    }
    const user = await User.create({ ...input, mustChangePassword: true, isActive: true }, { client: trx })
    await recordAudit(actor, { action: 'user.create', outcome: 'success', targetType: 'user', targetId: user.id, detail: { username: user.username } }, trx)
    return user
  })
}
