import { api } from '~/inbox/api'
import type { Manifest } from './types'

/** Writes the template's three files into the draft together (PUT /api/admin/drafts/:name/files with `files`). */
export async function saveTemplate(draft: string, template: string, files: { source: string; manifest: Manifest; sample: string }): Promise<void> {
  const contents: [string, string][] = [
    [`documents/${template}.hbs`, files.source],
    [`documents/${template}.template.json`, `${JSON.stringify({ ...files.manifest, paper: 'A4' }, null, 2)}\n`],
    [`documents/${template}.sample.json`, files.sample],
  ]
  await api(`/api/admin/drafts/${encodeURIComponent(draft)}/files`, { method: 'PUT', body: { files: contents.map(([path, content]) => ({ path, content })) } })
}
