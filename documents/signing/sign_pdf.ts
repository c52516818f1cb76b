import { PDFDocument, PDFDict, PDFName, PDFArray, PDFRef, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, setGraphicsState } from 'pdf-lib'
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { SignPdf } from '@signpdf/signpdf'
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils'
import { NodeCmsSigner } from './cms_signer.js'
import { pdfText } from './pdf_text.js'

/** Where the seal sits: a 0-based page index and a rectangle in PDF points (origin bottom left). */
export interface SealRect {
  readonly page: number
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** The seal image drawn in the signature widget: a one-page PDF (vector, kept so) or a PNG. */
export type SealAppearance = { readonly pdf: Uint8Array } | { readonly png: Uint8Array }

export interface SignPdfOptions {
  readonly privateKeyPem: string
  readonly certificatePem: string
  readonly chainPems: readonly string[]
  /** /Name of the signature (the issuing body; Chinese is fine) */
  readonly signerName: string
  readonly reason: string
  readonly location?: string
  readonly signingTime: Date
  /** without one, the signature is invisible */
  readonly sealRect?: SealRect
  readonly appearance?: SealAppearance
}

/** Room for the CMS: about 2.5 KB with a two-certificate chain, so 8 KB leaves space. */
const SIGNATURE_LENGTH = 8192

/** The widget's normal appearance: the seal scaled into the box and multiplied over the page, so the text stays readable. */
async function drawAppearance(doc: PDFDocument, widget: PDFDict, rect: SealRect, appearance: SealAppearance): Promise<void> {
  let xObject: PDFRef
  let scaleX: number
  let scaleY: number
  if ('pdf' in appearance) {
    const [page] = await doc.embedPdf(appearance.pdf)
    xObject = page.ref
    scaleX = rect.width / page.width
    scaleY = rect.height / page.height
  } else {
    xObject = (await doc.embedPng(appearance.png)).ref
    scaleX = rect.width
    scaleY = rect.height
  }
  const form = doc.context.formXObject(
    [pushGraphicsState(), setGraphicsState('Multiply'), concatTransformationMatrix(scaleX, 0, 0, scaleY, 0, 0), drawObject('Seal'), popGraphicsState()],
    {
      BBox: [0, 0, rect.width, rect.height],
      Resources: { XObject: { Seal: xObject }, ExtGState: { Multiply: { Type: 'ExtGState', BM: 'Multiply', ca: 0.9, CA: 0.9 } } },
    }
  )
  widget.set(PDFName.of('AP'), doc.context.obj({ N: doc.context.register(form) }))
}

/**
 * Signs a PDF as PAdES (`ETSI.CAdES.detached`) with our own CMS signer. The
 * signature widget sits at `sealRect` and shows the seal. The whole file is
 * rewritten (pdf-lib), so this is for the first signature only: a second
 * signer would need an incremental update.
 */
export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const rect = options.sealRect
  const page = doc.getPage(rect?.page ?? 0)
  pdflibAddPlaceholder({
    pdfPage: page,
    widgetRect: rect ? [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height] : [0, 0, 0, 0],
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    name: pdfText(options.signerName),
    reason: pdfText(options.reason),
    location: pdfText(options.location ?? ''),
    contactInfo: '',
    signingTime: options.signingTime,
    appName: 'Zhian',
  })
  if (rect && options.appearance) {
    const annotations = page.node.lookup(PDFName.of('Annots'), PDFArray)
    const widget = annotations.lookup(annotations.size() - 1, PDFDict)
    await drawAppearance(doc, widget, rect, options.appearance)
  }
  // signpdf finds /ByteRange by text search, so no object streams
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }))
  return new SignPdf().sign(prepared, new NodeCmsSigner(options.privateKeyPem, options.certificatePem, options.chainPems))
}
