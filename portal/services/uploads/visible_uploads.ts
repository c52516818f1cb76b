import db from '@adonisjs/lucid/services/db'
import Upload from '#models/upload'
import { scopeProjects, type Access } from '#services/access/access'

/**
 * An upload its owner, or anyone whose data scope covers its project, may
 * download. Others get the same 404 as for a missing id, so ids cannot be probed.
 */
export async function findVisibleUpload(id: string, access: Access): Promise<Upload> {
  return Upload.query()
    .where('id', id)
    .where((visible) => {
      visible.where('owner_id', access.userId)
      visible.orWhereIn('project_id', scopeProjects(db.from('projects'), access).select('projects.id'))
    })
    .firstOrFail()
}

/** `attachment; filename*=UTF-8''…` so Chinese names survive every browser. */
export function contentDisposition(name: string, inline: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
