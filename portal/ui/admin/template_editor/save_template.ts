import { api } from '~/inbox/api'
import type { Manifest } from './types'

/** Writes the template's three files into the draft (PUT /api/admin/drafts/:name/files, one file each). */
export async function saveTemplate(draft: string, template: string, files: { source: string; manifest: Manifest; sample: string }): Promise<void> {
  const contents: [string, string][] = [
    [`documents/${template}.hbs`, files.source],
    [`documents/${template}.template.json`, `${JSON.stringify({ ...files.manifest, paper: 'A4' }, null, 2)}\n`],
    [`documents/${template}.sample.json`, files.sample],
  ]
  for (const [path, content] of contents) await api(`/api/admin/drafts/${encodeURIComponent(draft)}/files`, { method: 'PUT', body: { path, content } })
}
