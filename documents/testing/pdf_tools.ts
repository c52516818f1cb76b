import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'

const run = promisify(execFile)

/** Runs a poppler tool on the PDF's bytes (through a temp file: pdffonts cannot read stdin). */
async function poppler(tool: string, pdf: Uint8Array, args: string[] = []): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zhian-pdf-'))
  try {
    const file = join(dir, 'doc.pdf')
    await writeFile(file, pdf)
    const { stdout } = await run(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The text per page, as pdftotext extracts it (form feed between pages). */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const text = await poppler('pdftotext', pdf, ['-enc', 'UTF-8'])
  return text.split('\f').slice(0, -1)
}

/** The font types pdffonts reports, one per embedded font. */
export async function pdfFontTypes(pdf: Uint8Array): Promise<string[]> {
  const lines = (await poppler('pdffonts', pdf)).split('\n').slice(2).filter(Boolean)
  return lines.map((line) => (/\b(Type 3|Type 1C?|CID TrueType|CID Type 0C?|TrueType)\b/.exec(line)?.[1] ?? line))
}

/** The images pdfimages finds (every placement, soft masks included), with their pixel size. */
export async function pdfImages(pdf: Uint8Array): Promise<Array<{ type: string; width: number; height: number }>> {
  const lines = (await poppler('pdfimages', pdf, ['-list'])).split('\n').slice(2).filter(Boolean)
  return lines.map((line) => {
    const [, , type, width, height] = line.trim().split(/\s+/)
    return { type, width: Number(width), height: Number(height) }
  })
}

/** A camera-sized JPEG of one flat colour: what a supervisor's phone would upload. */
export function samplePhoto(colour = '#7a8a9a', width = 1280, height = 960): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).jpeg({ quality: 85 }).toBuffer()
}
