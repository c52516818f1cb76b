import sharp from 'sharp'
import { imageType, type Resource } from './house_resources.js'

/** The longest side of a photo in a document: ~640 px is still > 600 dpi in a 26 mm table cell. */
export const PHOTO_MAX_PX = 640

/**
 * A document-size rendition of a photo: at most 640 px, JPEG q75, EXIF
 * orientation applied and metadata (GPS included) dropped. Make it at
 * upload time and store it; renderDocument only shrinks what is still larger.
 * Skia passes JPEGs through, so this is also what sets the PDF's size.
 */
export async function documentPhoto(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes).rotate().resize({ width: PHOTO_MAX_PX, height: PHOTO_MAX_PX, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 75, mozjpeg: false }).toBuffer()
}

/** Turns the caller's assets into served resources; images larger than a rendition are shrunk first, anything not an image is refused. */
export async function assetResources(assets: Readonly<Record<string, Uint8Array>>): Promise<Map<string, Resource>> {
  const entries = await Promise.all(
    Object.entries(assets).map(async ([name, bytes]): Promise<[string, Resource]> => {
      const type = imageType(bytes)
      if (!type) throw new TypeError(`文书附件 ${name} 不是 JPEG、PNG 或 WebP 图片`)
      const { width = 0, height = 0 } = await sharp(bytes).metadata()
      if (width <= PHOTO_MAX_PX && height <= PHOTO_MAX_PX) return [name, { contentType: type, body: Buffer.from(bytes) }]
      return [name, { contentType: 'image/jpeg', body: await documentPhoto(bytes) }]
    })
  )
  return new Map(entries)
}
