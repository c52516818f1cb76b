import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString } from 'pdf-lib'

/** Where the template asked for the seal: PDF points, origin lower-left, `page` zero-based (pdf-lib's getPage). */
export interface AnchorRect {
  readonly page: number
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Templates mark places with links to this host; no reader should ever see them. */
export const ANCHOR_ORIGIN = 'https://sig.invalid/'

/**
 * Reads and removes the anchor links Chrome emitted for `<a href="https://sig.invalid/<name>">`.
 * The link's /Rect is the only place that knows where the box landed after
 * pagination. Returns the PDF without them (untouched if it had none), with
 * a classic xref table so a signer can find /ByteRange by text search.
 */
export async function takeAnchors(pdf: Uint8Array): Promise<{ pdf: Buffer; anchors: ReadonlyMap<string, AnchorRect> }> {
  // Chrome writes the URI as plain ASCII; no anchor text means no rewrite
  if (!Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).includes(ANCHOR_ORIGIN)) return { pdf: Buffer.from(pdf), anchors: new Map() }
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const anchors = new Map<string, AnchorRect>()
  doc.getPages().forEach((page, pageIndex) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    if (!annots) return
    for (let i = annots.size() - 1; i >= 0; i--) {
      const ref = annots.get(i)
      const annot = doc.context.lookupMaybe(ref, PDFDict)
      const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict)
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText()
      if (!annot || !uri?.startsWith(ANCHOR_ORIGIN)) continue
      const [x1, y1, x2, y2] = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber())
      const name = uri.slice(ANCHOR_ORIGIN.length)
      // removal walks each page backwards; the first anchor in reading order wins
      if (!anchors.has(name) || anchors.get(name)!.page === pageIndex) anchors.set(name, { page: pageIndex, x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) })
      annots.remove(i)
      if (ref instanceof PDFRef) doc.context.delete(ref)
    }
    if (annots.size() === 0) page.node.delete(PDFName.of('Annots'))
  })
  return { pdf: Buffer.from(await doc.save({ useObjectStreams: false })), anchors }
}
