import sharp from 'sharp'
import { poppler as runPoppler } from '#tests/helpers/pdf'

/** A poppler tool's output; a tool that fails fails the test that asked. */
async function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfimages', pdf: Uint8Array, args: string[] = []): Promise<string> {
  const { stdout, code } = await runPoppler(tool, pdf, args)
  if (code !== 0) throw new Error(`${tool} exited with ${code}`)
  return stdout
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
