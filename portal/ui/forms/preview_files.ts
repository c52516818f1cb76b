import type { UploadedFile } from './tus_client'

/**
 * Files picked in the form designer's preview. The upload endpoint checks a
 * file against the deployed schema of its form, and a draft's form is not
 * deployed (nor is the version on screen), so the preview keeps the file in
 * the page as an object URL and sends nothing.
 */
const urls = new Map<string, string>()
let last = 0

/** Keeps `file` in the page; its `id` leads to it through `fileUrl`. */
export function keepLocally(file: File): UploadedFile {
  const id = `preview-${++last}`
  urls.set(id, URL.createObjectURL(file))
  return { id, name: file.name, mime: file.type, size: file.size, sha256: '' }
}

/** Where an uploaded file, or one kept by the preview, can be opened. */
export function fileUrl(id: string): string {
  return urls.get(id) ?? `/api/uploads/${id}`
}

/** The server's type rule, told in the page: `image/*,application/pdf` against the file's MIME type. */
export function acceptsFile(accept: string | undefined, file: File): boolean {
  const types = (accept ?? '').split(',').map((type) => type.trim().toLowerCase()).filter(Boolean)
  const mime = file.type.toLowerCase()
  const name = file.name.toLowerCase()
  return !types.length || types.some((type) => type === mime || (type.endsWith('/*') && mime.startsWith(type.slice(0, -1))) || (type.startsWith('.') && name.endsWith(type)))
}
