import { api, ApiError } from '~/inbox/api'

/** One file of a design draft, as `GET /api/admin/drafts/:name` lists it. */
export interface DraftFile {
  path: string
  content: string
}

/** A finding of the server: `path` is the draft file, `elementId` the BPMN element it is about. */
export interface DraftProblem {
  path?: string
  elementId?: string | null
  message: string
}

/** What `POST /api/admin/drafts/:name/deploy` answers. */
export type DeployOutcome =
  | { ok: true; created: boolean; definitions: { key: string; version: number }[]; warnings: DraftProblem[] }
  | { ok: false; errors: DraftProblem[] }

const base = (draft: string) => `/api/admin/drafts/${encodeURIComponent(draft)}`

/** The draft's files as stored now. */
export async function loadDraftFiles(draft: string): Promise<DraftFile[]> {
  return (await api<{ files: DraftFile[] }>(base(draft))).files
}

/** Writes files of the draft together, or none of them (PUT /api/admin/drafts/:name/files). */
export async function saveDraftFiles(draft: string, files: readonly DraftFile[]): Promise<void> {
  await api(`${base(draft)}/files`, { method: 'PUT', body: { files: files.map(({ path, content }) => ({ path, content })) } })
}

/** Deploys the stored draft; a 422 comes back as its findings, not as an exception. */
export async function deployDraft(draft: string): Promise<DeployOutcome> {
  try {
    const body = await api<{ created: boolean; definitions?: { key: string; version: number }[]; warnings?: DraftProblem[] }>(`${base(draft)}/deploy`, { method: 'POST' })
    return { ok: true, created: body.created, definitions: body.definitions ?? [], warnings: body.warnings ?? [] }
  } catch (error) {
    if (error instanceof ApiError && error.status === 422 && error.errors.length) return { ok: false, errors: error.errors }
    throw error
  }
}

/** Asks the engine's parser about a condition: null when it will run, else the reason in Chinese. */
export async function checkExpression(expression: string): Promise<string | null> {
  try {
    await api('/api/admin/expressions/check', { method: 'POST', body: { expression } })
    return null
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) return error.message
    throw error
  }
}
