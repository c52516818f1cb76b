import db from '@adonisjs/lucid/services/db'
import Upload from '#models/upload'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { ChainableContract } from '@adonisjs/lucid/types/querybuilder'
import { scopeProjects, type Access } from '#services/access/access'
import { scopeCases } from '#services/access/case_scope'

/**
 * The uploads `access` may open: its own, those of projects in its scope, and
 * those a submitted form carried into a case it may see.
 */
export function scopeUploads<Query extends ChainableContract>(query: Query, access: Access, client: QueryClientContract = db.connection()): Query {
  return query.where((visible) => {
    visible.where('uploads.owner_id', access.userId)
    visible.orWhereIn('uploads.project_id', scopeProjects(client.from('projects'), access).select('projects.id'))
    visible.orWhereIn(
      'uploads.id',
      scopeCases(
        client
          .from('form_submission_uploads')
          .join('form_submissions', 'form_submissions.id', 'form_submission_uploads.submission_id')
          .join('process_cases', 'process_cases.process_instance_id', 'form_submissions.process_instance_id'),
        access
      ).select('form_submission_uploads.upload_id')
    )
  })
}

/** One upload, if `access` may open it; others get the same 404 as a missing id, so ids cannot be probed. */
export async function findVisibleUpload(id: string, access: Access): Promise<Upload> {
  return scopeUploads(Upload.query().where('id', id), access).firstOrFail()
}

/** Of these upload ids, those `access` may not use (or that do not exist). */
export async function invisibleUploads(ids: readonly string[], access: Access, client: QueryClientContract = db.connection()): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await scopeUploads(client.from('uploads').whereIn('uploads.id', [...new Set(ids)]), access, client).select('uploads.id')
  const found = new Set(rows.map((row) => String(row.id)))
  return new Set(ids.filter((id) => !found.has(id)))
}

/** Records which uploads a submission references, replacing what an earlier save of it recorded. */
export async function attachUploads(submissionId: number, ids: readonly string[], client: QueryClientContract): Promise<void> {
  await client.from('form_submission_uploads').where('submission_id', submissionId).delete()
  const unique = [...new Set(ids)]
  if (unique.length) await client.table('form_submission_uploads').multiInsert(unique.map((uploadId) => ({ submission_id: submissionId, upload_id: uploadId })))
}

/** `attachment; filename*=UTF-8''…` so Chinese names survive every browser. */
export function contentDisposition(name: string, inline: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
