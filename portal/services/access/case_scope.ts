import db from '@adonisjs/lucid/services/db'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import type { Access } from './access.js'
import { scopeByPlace, scopeProjects } from './access.js'

/**
 * Narrows a `process_cases` query to the cases `access` may see, as projects
 * are narrowed: government users by the handling body's place in their
 * jurisdiction, enterprises by being the applicant or a party to the case's
 * project. No scope means no rows.
 */
export function scopeCases<Query extends ChainableContract>(query: Query, access: Access): Query {
  return scopeByPlace(query, access, 'process_cases', (visible) => {
    visible.orWhere('process_cases.applicant_organization_id', access.organizationId)
    visible.orWhereIn('process_cases.project_id', scopeProjects(db.from('projects').select('projects.id'), access))
  })
}
