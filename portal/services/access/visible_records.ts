import db from '@adonisjs/lucid/services/db'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import type { Access } from './access.js'
import { scopeProjects } from './access.js'

/**
 * Organizations a user may pick: with the `all` scope every one; otherwise
 * their own body, the bodies inside their jurisdiction (government users),
 * and every enterprise taking part in a project they can see.
 */
export function scopeOrganizations<Query extends ChainableContract>(query: Query, access: Access): Query {
  if (access.scopes.has('all')) return query
  const visibleProjects = scopeProjects(db.from('projects').select('projects.id'), access)
  return query.where((visible) => {
    visible.orWhere('organizations.id', access.organizationId)
    if (access.scopes.has('jurisdiction') && access.organizationKind !== 'enterprise') {
      visible.orWhere('organizations.path', 'like', `${access.jurisdictionPath}%`)
    }
    visible.orWhereIn('organizations.id', db.from('project_parties').whereIn('project_id', visibleProjects).select('organization_id'))
  })
}

/** Users a user may pick: the people of the organizations they may pick. */
export function scopeUsers<Query extends ChainableContract>(query: Query, access: Access): Query {
  if (access.scopes.has('all')) return query
  return query.whereIn('users.organization_id', scopeOrganizations(db.from('organizations').select('organizations.id'), access))
}
