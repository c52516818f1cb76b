import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument, rgb } from 'pdf-lib'

const run = promisify(execFile)

/** Runs a poppler tool on the bytes; resolves with stdout and the exit code (pdfsig exits non-zero on a bad signature). */
export async function poppler(tool: 'pdfsig' | 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdfimages', bytes: Uint8Array, args: string[] = []): Promise<{ stdout: string; code: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'zhian-pdf-'))
  try {
    const file = join(dir, 'doc.pdf')
    await writeFile(file, bytes)
    const output = tool === 'pdftotext' ? ['-'] : []
    try {
      const { stdout } = await run(tool, [...args, file, ...output], { maxBuffer: 64 * 1024 * 1024 })
      return { stdout, code: 0 }
    } catch (error) {
      const failed = error as { stdout?: string; code?: number }
      return { stdout: failed.stdout ?? '', code: failed.code ?? 1 }
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A real two-page A4 PDF made with pdf-lib (ASCII text: the standard fonts have no CJK). */
export async function samplePdf(title = 'Rectification notice'): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (const n of [1, 2]) {
    const page = doc.addPage([595.28, 841.89])
    page.drawText(`${title} - page ${n}`, { x: 72, y: 760, size: 18 })
    page.drawRectangle({ x: 72, y: 600, width: 300, height: 100, borderColor: rgb(0, 0, 0), borderWidth: 1 })
  }
  return doc.save()
}

/** A one-page seal-like PDF (a red ring) to embed as the signature's appearance. */
export async function sampleSealPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([119, 119])
  page.drawCircle({ x: 59.5, y: 59.5, size: 56, borderColor: rgb(0.85, 0, 0), borderWidth: 4 })
  return doc.save()
}

/** Flips one bit at `offset` in a copy. */
export function flipByte(bytes: Uint8Array, offset: number): Buffer {
  const copy = Buffer.from(bytes)
  copy[offset] ^= 0x01
  return copy
}
