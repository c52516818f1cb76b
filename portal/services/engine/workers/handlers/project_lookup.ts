import Project from '#models/project'
import { BpmnError, type TopicHandler, type TopicTask } from '../topic_handler.js'

/** The error code a model catches (error boundary event) when the project does not exist. */
export const PROJECT_NOT_FOUND = 'PROJECT_NOT_FOUND'

/** A positive integer id from a variable that may arrive as a number or as digits. */
function projectIdOf(value: unknown): number | undefined {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined
}

/** The `projectId` variable wins; otherwise the business key is the project code (投资项目统一代码). */
async function findProject(task: TopicTask): Promise<Project | null> {
  const query = Project.query().preload('parties', (parties) => parties.preload('organization').orderBy('id'))
  if (task.variables.projectId !== undefined && task.variables.projectId !== null) {
    const id = projectIdOf(task.variables.projectId)
    return id === undefined ? null : query.where('id', id).first()
  }
  if (!task.businessKey) return null
  return query.where('code', task.businessKey).first()
}

/**
 * `project-lookup`: loads the project a process is about and hands its
 * name, code, address and participating organisations (with their roles)
 * to the process as variables. An unknown project is the business error
 * PROJECT_NOT_FOUND; a database failure propagates and is retried.
 */
const projectLookup: TopicHandler = async (task) => {
  const project = await findProject(task)
  if (!project) {
    const asked = task.variables.projectId ?? task.businessKey
    throw new BpmnError(PROJECT_NOT_FOUND, asked ? `项目不存在：${String(asked)}` : '流程未给出项目（业务键或 projectId 变量）')
  }
  return {
    projectId: project.id,
    projectCode: project.code,
    projectName: project.name,
    projectAddress: project.address,
    projectParties: project.parties.map((party) => ({
      role: party.role,
      organizationId: party.organizationId,
      organizationName: party.organization.name,
      creditCode: party.organization.creditCode,
    })),
  }
}

export default projectLookup
