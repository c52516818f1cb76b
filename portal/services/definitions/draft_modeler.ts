import Role from '#models/role'
import { definitionDrafts } from './definition_drafts.js'
import { DraftNotFoundError } from '#exceptions/definitions'

/**
 * What the process modeler page opens with: the draft's files, and the roles
 * a process may name as candidate and starter groups. Roles that see no
 * project at all (the administrators, the engine's service account) are
 * left out: they never work cases.
 */
export async function draftModeler(name: string) {
  const draft = await definitionDrafts.find(name)
  if (!draft) throw new DraftNotFoundError(name)
  const roles = await Role.query().whereNot('data_scope', 'none').orderBy('id').select('code', 'name')
  return {
    draft: { name: draft.name, title: draft.title, files: draft.files },
    roles: roles.map((role) => ({ code: role.code, name: role.name })),
  }
}
