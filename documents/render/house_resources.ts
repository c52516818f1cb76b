import { readFileSync } from 'node:fs'
import { FONT_BASE_URL, fontFile, fontStylesheet } from '../fonts/font_faces.js'
import { ASSET_BASE_URL } from '../templates/helpers.js'

/** The fixed https origin every document renders under; nothing here is ever fetched from a network. */
export const RENDER_ORIGIN = 'https://render.invalid/'

/** An answer to one intercepted request. */
export interface Resource {
  readonly contentType: string
  readonly body: Buffer
}

const STYLES = new Map([['official-document.css', readFileSync(new URL('../templates/styles/official-document.css', import.meta.url))]])
const BASE_PAGE = Buffer.from('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>')

/** Images a document may carry, recognised by their first bytes rather than trusted names. */
export function imageType(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png'
  if (Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP') return 'image/webp'
  return undefined
}

/**
 * Answers a request from memory: the blank base page, the font stylesheet
 * and chunks, the house CSS, and this document's own assets. Anything else
 * (another host, file://, a name not given) gets undefined and is aborted.
 */
export async function houseResource(url: string, assets: ReadonlyMap<string, Resource>): Promise<Resource | undefined> {
  if (!url.startsWith(RENDER_ORIGIN)) return undefined
  if (url === RENDER_ORIGIN) return { contentType: 'text/html; charset=utf-8', body: BASE_PAGE }
  if (url === `${FONT_BASE_URL}faces.css`) return { contentType: 'text/css; charset=utf-8', body: Buffer.from(fontStylesheet()) }
  if (url.startsWith(FONT_BASE_URL)) {
    const body = await fontFile(url.slice(FONT_BASE_URL.length))
    return body && { contentType: 'font/woff2', body }
  }
  if (url.startsWith(`${RENDER_ORIGIN}styles/`)) {
    const body = STYLES.get(url.slice(`${RENDER_ORIGIN}styles/`.length))
    return body && { contentType: 'text/css; charset=utf-8', body }
  }
  if (url.startsWith(ASSET_BASE_URL)) {
    let name: string
    try {
      name = decodeURIComponent(url.slice(ASSET_BASE_URL.length))
    } catch {
      return undefined
    }
    return assets.get(name)
  }
  return undefined
}
