import Project from '#models/project'
import Organization from '#models/organization'
import { inTransaction } from '#database/transaction'
import { recordAudit, type AuditActor } from '#services/audit/audit_trail'
import type { Access } from '#services/access/access'
import { fieldError } from '#exceptions/refusals'

export interface NewProject {
  code: string
  name: string
  category: string
  address?: string
  latitude?: number
  longitude?: number
  qualityStationId: number
  safetyStationId?: number
  parties: { role: string; creditCode: string }[]
}

async function station(id: number, kind: 'quality_station' | 'safety_station', field: string, access: Access, trx: any) {
  const found = await Organization.query({ client: trx }).where('id', id).where('kind', kind).first()
  if (!found) throw fieldError(field, kind === 'quality_station' ? '质量监督站不存在' : '安全监督站不存在', 'exists')
  if (!access.scopes.has('all') && !found.path.startsWith(access.jurisdictionPath)) {
    throw fieldError(field, '只能指定本辖区的监督站', 'jurisdiction')
  }
  return found
}

/**
 * Registers a project under a station of the creator's jurisdiction, with
 * its parties named by credit code. The project's scope path is that of the
 * station's authority, which is what data scopes match on.
 */
export async function createProject(input: NewProject, access: Access, actor: AuditActor): Promise<Project> {
  return inTransaction(async (trx) => {
    const quality = await station(input.qualityStationId, 'quality_station', 'qualityStationId', access, trx)
    const safety = input.safetyStationId ? await station(input.safetyStationId, 'safety_station', 'safetyStationId', access, trx) : null
    if (await Project.query({ client: trx }).where('code', input.code).first()) throw fieldError('code', '项目代码已存在', 'unique')

    const authority = await Organization.findOrFail(quality.parentId, { client: trx })
    const project = await Project.create(
      {
        code: input.code,
        name: input.name,
        category: input.category,
        regionCode: authority.regionCode ?? input.code.slice(5, 11),
        address: input.address ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        authorityId: authority.id,
        qualityStationId: quality.id,
        safetyStationId: safety?.id ?? null,
        scopePath: authority.path,
        status: 'filed',
      },
      { client: trx }
    )

    for (const [index, party] of input.parties.entries()) {
      const enterprise = await Organization.query({ client: trx }).where('credit_code', party.creditCode).where('kind', 'enterprise').first()
      if (!enterprise) throw fieldError(`parties.${index}.creditCode`, '该统一社会信用代码对应的企业未登记', 'exists')
      await project.related('parties').create({ organizationId: enterprise.id, role: party.role })
    }
    await recordAudit(actor, { action: 'project.create', outcome: 'success', targetType: 'project', targetId: project.id, detail: { code: project.code } }, trx)
    return project
  })
}
