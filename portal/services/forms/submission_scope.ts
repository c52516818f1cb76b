import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { Access } from '#services/access/access'
import { scopeProjects } from '#services/access/access'
import { FormNotFoundError } from '#exceptions/forms'

/** A project outside the caller's data scope does not exist for them: 404. */
export async function assertProjectVisible(projectId: number, access: Access, client: QueryClientContract): Promise<void> {
  const found = await scopeProjects(client.from('projects').where('projects.id', projectId), access).select('projects.id').first()
  if (!found) throw new FormNotFoundError(`项目 ${projectId}`)
}
