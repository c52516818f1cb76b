import db from '@adonisjs/lucid/services/db'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import type { Access } from './access.js'
import { prefixRange, scopeProjects } from './access.js'

/**
 * Narrows a `process_cases` query to the cases `access` may see, as projects
 * are narrowed: government users by the handling body's place in their
 * jurisdiction, enterprises by being the applicant or a party to the case's
 * project. No scope means no rows.
 */
export function scopeCases<Query extends ChainableContract>(query: Query, access: Access): Query {
  if (access.scopes.has('all')) return query
  const isEnterprise = access.organizationKind === 'enterprise'
  const byJurisdiction = access.scopes.has('jurisdiction') && !isEnterprise
  const byParticipation = access.scopes.has('participation') && isEnterprise

  return query.where((visible) => {
    if (byJurisdiction && access.jurisdictionIsLeaf) {
      visible.orWhere('process_cases.scope_path', access.jurisdictionPath)
    } else if (byJurisdiction) {
      const [from, to] = prefixRange(access.jurisdictionPath)
      visible.orWhere((range) => range.where('process_cases.scope_path', '>=', from).where('process_cases.scope_path', '<', to))
    }
    if (byParticipation) {
      visible.orWhere('process_cases.applicant_organization_id', access.organizationId)
      visible.orWhereIn('process_cases.project_id', scopeProjects(db.from('projects').select('projects.id'), access))
    }
    if (!byJurisdiction && !byParticipation) visible.whereRaw('1 = 0')
  })
}
