import db from '@adonisjs/lucid/services/db'
import type { Access } from '#services/access/access'
import { scopeProjects } from '#services/access/access'
import { casesQuery, isoOf, toCaseRows } from '#services/cases/case_query'
import { openTasksOf } from '#services/cases/held_tasks'
import { roleCodesOf } from '#services/definitions/startable_definitions'
import { listDocuments } from '#services/cases/visible_documents'

/** Basic data of one project, with the names of its supervising bodies. */
async function basicsOf(projectId: number, access: Access) {
  const row = await scopeProjects(db.from('projects'), access)
    .where('projects.id', projectId)
    .join('organizations as authority', 'authority.id', 'projects.authority_id')
    .leftJoin('organizations as quality', 'quality.id', 'projects.quality_station_id')
    .leftJoin('organizations as safety', 'safety.id', 'projects.safety_station_id')
    .select('projects.*', 'authority.name as authority_name', 'quality.name as quality_name', 'safety.name as safety_name')
    .firstOrFail()
  return {
    id: Number(row.id),
    code: row.code,
    name: row.name,
    category: row.category,
    regionCode: row.region_code,
    address: row.address ?? null,
    status: row.status,
    authorityName: row.authority_name,
    qualityStationName: row.quality_name ?? null,
    safetyStationName: row.safety_name ?? null,
    createdAt: isoOf(row.created_at),
  }
}

/** The parties (参建单位) and the people the parties registered (names and posts only: ID numbers stay in the personnel API). */
async function partiesOf(projectId: number) {
  const parties = await db
    .from('project_parties')
    .join('organizations', 'organizations.id', 'project_parties.organization_id')
    .where('project_parties.project_id', projectId)
    .orderBy('project_parties.id')
    .select('project_parties.role', 'organizations.id', 'organizations.name', 'organizations.credit_code')
  const people = await db
    .from('personnel')
    .join('organizations', 'organizations.id', 'personnel.organization_id')
    .whereIn('personnel.organization_id', parties.map((party) => party.id))
    .orderBy('personnel.id')
    .select('personnel.id', 'personnel.full_name', 'personnel.position', 'organizations.name as organization_name')
  return {
    parties: parties.map((p) => ({ organizationId: Number(p.id), role: p.role, name: p.name, creditCode: p.credit_code ?? null })),
    people: people.map((p) => ({ id: Number(p.id), fullName: p.full_name, position: p.position ?? null, organizationName: p.organization_name })),
  }
}

/**
 * 项目主页: everything known about one project the viewer may see (basic
 * data, parties, cases and where they stand, open tasks, issued documents,
 * people). Outside the viewer's scope the project does not exist (404).
 */
export async function projectPage(projectId: number, access: Access, viewer: { id: number; username: string }) {
  const project = await basicsOf(projectId, access)
  const cases = await toCaseRows(casesQuery(access, { projectId }).orderBy('process_cases.id', 'desc').limit(100))
  const running = cases.filter((row) => row.status === 'running').map((row) => row.processInstanceId)
  const tasks = await openTasksOf(running, { username: viewer.username, roleCodes: await roleCodesOf(viewer.id) })
  const caseOf = new Map(cases.map((row) => [row.processInstanceId, row]))
  return {
    project,
    ...(await partiesOf(projectId)),
    cases,
    tasks: tasks.map((task) => ({ ...task, caseId: caseOf.get(task.processInstanceId)?.id ?? null, caseTitle: caseOf.get(task.processInstanceId)?.title ?? null })),
    documents: (await listDocuments(access, { page: 1, perPage: 100, projectId })).data,
  }
}
