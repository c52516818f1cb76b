import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import Organization, { jurisdictionPathOf } from '#models/organization'
import Project from '#models/project'
import { NoHandlerError } from '#exceptions/cases'

/** Who handles a new case and where it sits in the organisation tree. */
export interface CaseHandler {
  readonly handlingOrganizationId: number | null
  readonly scopePath: string
  readonly projectId: number | null
}

const read = (value: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value)

/**
 * The handling body of a case, from the definition's properties:
 * `zhian:project` names a project field (the case belongs to that project and
 * its station), or `zhian:region` names a region-code field (the authority of
 * that region, or its `zhian:handler` station: quality_station,
 * safety_station). Without either, the applicant's own body handles it.
 */
export async function caseHandler(properties: Readonly<Record<string, string>>, value: Record<string, unknown>, applicant: Organization, client: QueryClientContract): Promise<CaseHandler> {
  const projectPath = properties['zhian:project']
  if (projectPath) {
    const id = Number(read(value, projectPath))
    const project = Number.isSafeInteger(id) ? await Project.query({ client }).where('id', id).first() : null
    if (!project) throw new NoHandlerError(projectPath, '请选择工程项目')
    return { handlingOrganizationId: project.qualityStationId ?? project.authorityId, scopePath: project.scopePath, projectId: project.id }
  }

  const regionPath = properties['zhian:region']
  if (regionPath) {
    const code = String(read(value, regionPath) ?? '')
    const authority = await Organization.query({ client }).where({ kind: 'authority', region_code: code }).first()
    if (!authority) throw new NoHandlerError(regionPath, `行政区划 ${code} 没有对应的建设行政主管部门`)
    const kind = properties['zhian:handler'] ?? 'authority'
    const handler = kind === 'authority' ? authority : await Organization.query({ client }).where({ kind, parent_id: authority.id }).first()
    if (!handler) throw new NoHandlerError(regionPath, `${authority.name} 下没有受理此事项的机构`)
    return { handlingOrganizationId: handler.id, scopePath: authority.path, projectId: null }
  }

  return { handlingOrganizationId: applicant.id, scopePath: jurisdictionPathOf(applicant.kind, applicant.path), projectId: null }
}
