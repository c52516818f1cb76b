import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import drive from '@adonisjs/drive/services/main'
import sharp from 'sharp'
import { fileTypeFromFile } from 'file-type'
import { contentRefusal } from '#forms'
import Upload from '#models/upload'

/** What tus knows about a finished upload, plus what onUploadCreate stored in its metadata. */
export interface StagedUpload {
  readonly id: string
  readonly size: number
  /** the staged bytes on local disk (the tus FileStore) */
  readonly path: string
  readonly metadata: Readonly<Record<string, string | null>>
}

/** A refusal the tus server sends as the response: a status and a `{ code, message }` body. */
export class UploadRefusal {
  readonly body: string
  constructor(
    readonly status_code: number,
    readonly code: string,
    readonly message: string
  ) {
    this.body = JSON.stringify({ code, message })
  }
}

/** Raster formats sharp can downscale; documents embed these renditions instead of camera originals. */
const RENDITION_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/tiff', 'image/avif', 'image/heic'])
const RENDITION_SIZE = 1280

/**
 * Checks the bytes (magic numbers, not the name), hashes them, moves them
 * from the staging folder to the drive with an image rendition, and records
 * the row. A refusal is thrown as an UploadRefusal; the caller removes the
 * staged file either way.
 */
export async function finishUpload(staged: StagedUpload): Promise<Upload> {
  const meta = staged.metadata
  const name = meta.filename ?? staged.id
  const sniffed = await fileTypeFromFile(staged.path)
  const accept = (meta.accept ?? '').split(',').filter(Boolean)
  const refusal = contentRefusal({ accept, maxSize: staged.size }, { name, declaredType: meta.filetype, sniffed })
  if (refusal) throw new UploadRefusal(415, 'E_UPLOAD_CONTENT', refusal)

  const sha256 = await sha256Of(staged.path)
  const month = new Date().toISOString().slice(0, 7).replace('-', '/')
  const storageKey = `uploads/${month}/${staged.id}.${sniffed!.ext}`
  await drive.use().putStream(storageKey, createReadStream(staged.path), { contentType: sniffed!.mime })
  const renditionKey = RENDITION_TYPES.has(sniffed!.mime) ? await storeRendition(staged, `renditions/${month}/${staged.id}.jpg`) : null

  return Upload.create({
    id: staged.id,
    ownerId: Number(meta.ownerId),
    projectId: meta.projectId ? Number(meta.projectId) : null,
    formKey: meta.formKey!,
    fieldPath: meta.fieldPath!,
    name,
    mime: sniffed!.mime,
    size: staged.size,
    sha256,
    storageKey,
    renditionKey,
  })
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}

/** A JPEG at most 1280 px on its long side, turned upright by its EXIF; null when sharp cannot read the image. */
async function storeRendition(staged: StagedUpload, key: string): Promise<string | null> {
  try {
    const bytes = await sharp(staged.path)
      .rotate()
      .resize({ width: RENDITION_SIZE, height: RENDITION_SIZE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82 })
      .toBuffer()
    await drive.use().put(key, bytes, { contentType: 'image/jpeg' })
    return key
  } catch {
    return null
  }
}
