import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import clock from '#services/clock'
import Organization from '#models/organization'
import Project from '#models/project'
import User from '#models/user'

/** The parts of an accepted 项目报监 the registration reads (process variables from the forms). */
export interface AcceptedFiling {
  caseId: number
  caseNo: string
  projectName: string
  projectCode: string
  regionCode: string
  address: string
  category: string
  structureType: string
  floorArea: number
  floorsAbove: number
  floorsBelow?: number
  location?: { lat?: number; lng?: number }
  parties: { partyType: string; name: string; creditCode: string }[]
  hazards?: { name: string; category: string; exceedsScale: string }[]
  supervisorIds: (string | number)[]
  applicantOrgId: number
}

/** 参建单位类型 as the filing form names them → project_parties.role */
const PARTY_ROLES: Record<string, string> = { 建设单位: 'owner', 勘察单位: 'surveyor', 设计单位: 'designer', 施工单位: 'contractor', 监理单位: 'supervising_engineer' }
/** 工程类别 → 项目分类 code (PrjFunctionNum) */
const CATEGORIES: Record<string, string> = { 房屋建筑工程: '01', 市政基础设施工程: '02' }

const firstOf = (filing: AcceptedFiling, type: string) => filing.parties.find((party) => party.partyType === type)?.name

/**
 * Registers the project of an accepted filing (or finds it again by its
 * 项目代码, so a retried task registers nothing twice), enrols the parties
 * that are known organisations, links the case to it, and returns what the
 * acceptance notice and the supervision plan print.
 */
export async function registerFiling(filing: AcceptedFiling, trx: TransactionClientContract): Promise<Record<string, unknown>> {
  const authority = await Organization.query({ client: trx }).where({ kind: 'authority', region_code: filing.regionCode }).firstOrFail()
  const stations = await Organization.query({ client: trx }).where('parent_id', authority.id).whereIn('kind', ['quality_station', 'safety_station'])
  const station = (kind: string) => stations.find((s) => s.kind === kind)?.id ?? null

  const project =
    (await Project.query({ client: trx }).where('code', filing.projectCode).first()) ??
    (await Project.create(
      {
        code: filing.projectCode,
        name: filing.projectName,
        category: CATEGORIES[filing.category] ?? '99',
        regionCode: filing.regionCode,
        address: filing.address,
        latitude: filing.location?.lat ?? null,
        longitude: filing.location?.lng ?? null,
        authorityId: authority.id,
        qualityStationId: station('quality_station'),
        safetyStationId: station('safety_station'),
        scopePath: authority.path,
        status: 'filed',
      },
      { client: trx }
    ))

  const known = await Organization.query({ client: trx }).whereIn('credit_code', filing.parties.map((p) => p.creditCode)).orWhere('id', filing.applicantOrgId)
  const enrolled = new Set((await trx.from('project_parties').where('project_id', project.id).select('role', 'organization_id')).map((r) => `${r.role}:${r.organization_id}`))
  const rows = filing.parties.flatMap((party) => {
    const organization = known.find((o) => o.creditCode === party.creditCode)
    const role = PARTY_ROLES[party.partyType]
    return organization && role ? [{ project_id: project.id, organization_id: organization.id, role }] : []
  })
  if (!rows.some((r) => r.organization_id === Number(filing.applicantOrgId))) rows.push({ project_id: project.id, organization_id: Number(filing.applicantOrgId), role: 'owner' })
  const fresh = rows.filter((r, i) => !enrolled.has(`${r.role}:${r.organization_id}`) && rows.findIndex((o) => o.role === r.role && o.organization_id === r.organization_id) === i)
  if (fresh.length) await trx.table('project_parties').multiInsert(fresh)
  await trx.from('process_cases').where('id', filing.caseId).update({ project_id: project.id })

  const ids = filing.supervisorIds.map(Number)
  const people = await User.query({ client: trx }).whereIn('id', ids)
  const team = ids.map((id) => people.find((p) => p.id === id)).filter((p): p is User => Boolean(p))
  const today = DateTime.fromJSDate(clock.now()).setZone('Asia/Shanghai').toISODate()!
  const builder = firstOf(filing, '建设单位') ?? ''
  const cc = [firstOf(filing, '施工单位'), firstOf(filing, '监理单位')].filter(Boolean)

  return {
    projectId: project.id,
    recipient: builder,
    acceptedOn: today,
    issueDate: today,
    project: {
      name: filing.projectName,
      filingNumber: filing.caseNo,
      address: filing.address,
      scale: `地上${filing.floorsAbove}层、地下${filing.floorsBelow ?? 0}层，${filing.structureType}，建筑面积${filing.floorArea}平方米`,
    },
    parties: {
      builder,
      contractor: firstOf(filing, '施工单位'),
      supervisor: firstOf(filing, '监理单位'),
      surveyor: firstOf(filing, '勘察单位'),
      designer: firstOf(filing, '设计单位'),
    },
    supervisors: team.map((person, index) => ({ role: index === 0 ? '组长' : '监督员', name: person.fullName, certificateNo: person.enforcementCertificateNo, phone: person.mobile })),
    team: { leader: team[0]?.fullName, members: team.slice(1).map((person) => person.fullName) },
    dangerousWorks: (filing.hazards ?? []).map((hazard) => ({ name: hazard.name, category: hazard.category, expertReview: hazard.exceedsScale === '是' })),
    cc,
    contact: { name: team[0]?.fullName, phone: team[0]?.mobile },
    briefingUsers: team.map((person) => person.username).join(','),
  }
}
