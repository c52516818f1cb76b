import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import clock from '#services/clock'
import { DEFINITION_FOLDER_SOURCE } from './definition_folder.js'

/** A definition folder being designed: its files as the administrator last saved them. */
export interface DefinitionDraft {
  id: number
  name: string
  title: string
  updatedAt: Date
  files: { path: string; content: string }[]
}

/** The files a draft may hold: a definition folder's kinds, each where deploy looks for it. */
export const DRAFT_PATH = /^(?:[a-z0-9][a-z0-9-]*\.bpmn|forms\/[a-z0-9][a-z0-9-]*\.(?:form|sample)\.json|documents\/[a-z0-9][a-z0-9-]*\.(?:hbs|template\.json|sample\.json))$/
export const DRAFT_NAME = /^[a-z0-9][a-z0-9-]{1,62}$/

/**
 * Drafts of definition folders kept in the database, so an administrator
 * designs a process, its forms and its templates in the browser and deploys
 * them with no file on the server touched. Writes take the caller's
 * transaction: the controller's actions decide what goes together.
 */
export const definitionDrafts = {
  async list(client: QueryClientContract = db.connection()) {
    const drafts = await client.from('definition_drafts').orderBy('updated_at', 'desc').select('id', 'name', 'title', 'updated_at')
    const counts = await client.from('definition_draft_files').groupBy('draft_id').select('draft_id').count('* as files')
    const files = new Map(counts.map((row) => [Number(row.draft_id), Number(row.files)]))
    return drafts.map((d) => ({ name: d.name as string, title: d.title as string, updatedAt: new Date(d.updated_at), files: files.get(Number(d.id)) ?? 0 }))
  },

  async find(name: string, client: QueryClientContract = db.connection()): Promise<DefinitionDraft | null> {
    const draft = await client.from('definition_drafts').where('name', name).first()
    if (!draft) return null
    const files = await client.from('definition_draft_files').where('draft_id', draft.id).orderBy('path').select('path', 'content')
    return { id: Number(draft.id), name: draft.name, title: draft.title, updatedAt: new Date(draft.updated_at), files: files.map((f) => ({ path: f.path, content: String(f.content) })) }
  },

  async create(name: string, title: string, files: { path: string; content: string }[], userId: number | null, client: QueryClientContract): Promise<void> {
    const now = clock.now()
    const [id] = await client.table('definition_drafts').insert({ name, title, created_by: userId, updated_by: userId, created_at: now, updated_at: now })
    const draftId = Number(typeof id === 'object' ? (id as { id: number }).id : id)
    for (const file of files) await client.table('definition_draft_files').insert({ draft_id: draftId, path: file.path, content: file.content, updated_at: now })
  },

  async saveFile(draftId: number, path: string, content: string, userId: number, client: QueryClientContract): Promise<void> {
    const now = clock.now()
    const updated = await client.from('definition_draft_files').where({ draft_id: draftId, path }).update({ content, updated_at: now })
    if (!updated) await client.table('definition_draft_files').insert({ draft_id: draftId, path, content, updated_at: now })
    await client.from('definition_drafts').where('id', draftId).update({ updated_by: userId, updated_at: now })
  },

  async deleteFile(draftId: number, path: string, userId: number, client: QueryClientContract): Promise<boolean> {
    const deleted = await client.from('definition_draft_files').where({ draft_id: draftId, path }).delete()
    if (deleted) await client.from('definition_drafts').where('id', draftId).update({ updated_by: userId, updated_at: clock.now() })
    return Number(deleted) > 0
  },

  /** The newest deployment of a folder, as a draft's files and the process's name for its title; null when never deployed. */
  async deployedFiles(name: string, client: QueryClientContract = db.connection()) {
    const deployment = await client.from('engine_deployments').where({ name, source: DEFINITION_FOLDER_SOURCE }).orderBy('deployed_at', 'desc').first()
    if (!deployment) return null
    const resources = await client.from('engine_resources').where('deployment_id', deployment.id).orderBy('name').select('name', 'content')
    const definition = await client.from('engine_process_definitions').where('deployment_id', deployment.id).orderBy('key').select('name').first()
    return {
      title: (definition?.name as string | undefined) ?? name,
      files: resources.filter((r) => DRAFT_PATH.test(r.name)).map((r) => ({ path: r.name as string, content: Buffer.from(r.content).toString('utf8') })),
    }
  },
}
